<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>gpusetup::DriverPage</name>
    <message>
        <location filename="../wizard/StagePages.cpp" line="286"/>
        <source>Recommended driver: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="290"/>
        <source>Also possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="302"/>
        <source>The driver lets the system use the card; every CUDA program needs a driver at least as new as its CUDA version asks for. Install it with the distribution&apos;s own tool (ubuntu-drivers), never the driver inside the CUDA runfile, and restart afterwards. With Secure Boot on, the driver module must be signed with a key you enrol once at the next start (MOK).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::GpuPage</name>
    <message>
        <location filename="../wizard/StagePages.cpp" line="140"/>
        <source>Under full load the computer draws about %1 W; a %2 W power supply leaves enough headroom (below %3 W it may switch off under load).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="147"/>
        <source>Your %1 W unit is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="148"/>
        <source>Your %1 W unit is too small: replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/StagePages.cpp" line="150"/>
        <source>The card needs %n 8-pin PCIe power plug(s) from the power supply.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="167"/>
        <source>%1 (not identified yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="168"/>
        <source>%1 (laptop GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="172"/>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="174"/>
        <source>Architecture and compute capability: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="175"/>
        <source>Chip: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="176"/>
        <source>Memory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="177"/>
        <source>PCI id: %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="193"/>
        <source>No usable NVIDIA GPU: your options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="194"/>
        <source>Upgrading or adding a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="195"/>
        <source>&amp;Options without a usable GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="196"/>
        <source>&amp;Options for upgrading or adding a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="204"/>
        <source>Graphics cards found on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="205"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="205"/>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="205"/>
        <source>Compute capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="205"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="206"/>
        <source>Driver in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="207"/>
        <source>Graphics cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="210"/>
        <source>&lt;b&gt;1. Free cloud notebooks.&lt;/b&gt; Several sites lend a GPU inside a Jupyter-style notebook for free, within weekly limits. What we know (as of %1; these limits change often, check the site):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="228"/>
        <source>seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="235"/>
        <source>&lt;b&gt;2. Rent a GPU server&lt;/b&gt; by the hour for a course project. Rented servers usually come with the driver and CUDA installed; over SSH, run &lt;tt&gt;gpu-setup doctor&lt;/tt&gt; there to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="238"/>
        <source>&lt;b&gt;3. Buy a card and fit it yourself.&lt;/b&gt; It is easier than it sounds, three steps: (1) switch off, unplug and open the case; (2) press the card into the long PCIe x16 slot, screw it to the bracket and plug in its power cables; (3) close the case, start the computer and come back to this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="244"/>
        <source>&lt;b&gt;Plugs:&lt;/b&gt; every connector only fits one way; if it does not slide in, check the shape instead of pushing harder. &lt;b&gt;Balance:&lt;/b&gt; choose a card that matches the rest of the computer: a weak CPU cannot prepare data fast enough and the GPU sits idle. &lt;b&gt;Power:&lt;/b&gt; look up the card&apos;s board power and check the power supply below; a bigger card often needs a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="249"/>
        <source>Power supply calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="250"/>
        <source>GPU &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="251"/>
        <source>(type the power below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="252"/>
        <source>GPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="253"/>
        <source>GPU &amp;board power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="254"/>
        <source>CP&amp;U power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="255"/>
        <source>C&amp;urrent power supply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="261"/>
        <source>Deep-learning frameworks do their heavy maths on the GPU through NVIDIA&apos;s CUDA, so training needs an NVIDIA card; Intel and AMD graphics are not used by CUDA. The compute capability tells which CUDA and framework versions still support the card, and the memory limits how large a model fits. If your computer has no suitable card, you can still learn on a free cloud notebook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::LibraryPage</name>
    <message>
        <location filename="../wizard/StagePages.cpp" line="367"/>
        <source>Compatible CUDA &amp;versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="368"/>
        <source>Compatible cuDNN &amp;versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="369"/>
        <source>CUDA version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="369"/>
        <source>cuDNN version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="370"/>
        <source>The selected version is the one the plan uses; the others also fit your driver, GPU and framework. Pick one to change the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="378"/>
        <source>The CUDA toolkit is the compiler (nvcc) and libraries for building CUDA programs. PyTorch installed with pip brings its own CUDA runtime, so for PyTorch alone only the driver is needed; install the toolkit when you compile CUDA code or extensions. The version must suit your driver, your GPU and your framework; after installing, PATH and LD_LIBRARY_PATH are set in your shell profile and nvcc -V shows the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="384"/>
        <source>cuDNN is NVIDIA&apos;s library of deep-learning building blocks (convolutions and more). Framework pip packages already include it; install it yourself only for code that links it directly. Its CUDA major version must match the toolkit&apos;s. It is not installed as such: the files are copied into the toolkit folder, or kept in a folder of yours that LD_LIBRARY_PATH points to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::PythonEnvPage</name>
    <message>
        <location filename="../wizard/StagePages.cpp" line="481"/>
        <source>Remove environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="482"/>
        <source>Remove the conda environment &quot;%1&quot; and everything installed in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="515"/>
        <source>Demo: nothing was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="515"/>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="545"/>
        <source>newest that fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="571"/>
        <source>To use the environment in a terminal: &lt;tt&gt;conda activate %1&lt;/tt&gt;; to leave it: &lt;tt&gt;conda deactivate&lt;/tt&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="579"/>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="580"/>
        <source>None (Python only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="581"/>
        <source>Framework &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="582"/>
        <source>&amp;Python version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="583"/>
        <source>newest the framework supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="584"/>
        <source>&amp;Environment name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="585"/>
        <source>Download &amp;mirror:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="586"/>
        <source>Official servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="587"/>
        <source>Tsinghua University (TUNA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="588"/>
        <source>USTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="589"/>
        <source>Beijing Foreign Studies University (BFSU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="590"/>
        <source>conda &amp;distribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="591"/>
        <source>conda environments on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="592"/>
        <source>conda environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="593"/>
        <source>Create e&amp;nvironment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="594"/>
        <source>Re&amp;move selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="600"/>
        <source>conda keeps each project&apos;s Python and packages in its own environment, so a PyTorch project and a TensorFlow project never break each other. Miniconda and Miniforge are the small installers of conda (Miniforge uses the free conda-forge channel and needs no terms of service). A mirror close to you, such as TUNA in China, makes downloads much faster. The framework is installed with pip from its own wheel index, matching your driver&apos;s CUDA.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::Report</name>
    <message>
        <location filename="../wizard/ReportPdf.cpp" line="29"/>
        <source>PDF output needs the graphical libraries of gpu-setup, which this build lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ReportPdf.cpp" line="37"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ReportPdf.cpp" line="43"/>
        <source>GPU setup report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::ReportPage</name>
    <message>
        <location filename="../wizard/Pages.cpp" line="259"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="262"/>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="263"/>
        <source>%1 of %2 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="320"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="336"/>
        <source>A summary of every stage. Save the report for your teaching assistant: PDF or HTML to read, JSON for programs (gpu-setup report --read opens it), Markdown to paste. The report stays on this computer until you send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="342"/>
        <source>&amp;Hide my user name, computer name and GPU serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="343"/>
        <source>Save &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="344"/>
        <source>Save &amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="345"/>
        <source>Save H&amp;TML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="346"/>
        <source>Save &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="347"/>
        <source>&amp;Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="348"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="306"/>
        <source>Could not save the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="228"/>
        <source>The summary is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="330"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="335"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="340"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="340"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="340"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="341"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::SetupWizard</name>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="37"/>
        <source>Quit the wizard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="38"/>
        <source>Quit GPU Setup? Nothing more will change on this computer; you can start again any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="73"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="105"/>
        <source>GPU Setup Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="107"/>
        <source>demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="112"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="113"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="114"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="115"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::StageModel</name>
    <message>
        <location filename="../wizard/StageModel.cpp" line="188"/>
        <source>Stopped: the remaining steps did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="193"/>
        <source>Demo run finished: every step was shown, nothing on this computer changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="195"/>
        <source>All steps of this stage finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="203"/>
        <source>Your turn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="212"/>
        <source>Do this step yourself (shown above), then press Run again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="234"/>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::StagePage</name>
    <message>
        <location filename="../wizard/StagePage.cpp" line="39"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="40"/>
        <source>Needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="41"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="42"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="43"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="44"/>
        <source>Checking this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="169"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="173"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="176"/>
        <source>%1 min %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="256"/>
        <source>&amp;Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="257"/>
        <source>Why this step matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="259"/>
        <source>&amp;Do this stage anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="262"/>
        <source>Exact commands (demo: shown, never run on this computer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="263"/>
        <source>Exact commands that Run will perform (nothing changes before you press Run):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="264"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="265"/>
        <source>&amp;Copy commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="266"/>
        <source>&amp;Run (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="266"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="267"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="268"/>
        <source>Re-&amp;check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="269"/>
        <source>S&amp;kip this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="270"/>
        <source>Show &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="271"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="272"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::VerifyPage</name>
    <message>
        <location filename="../wizard/Pages.cpp" line="141"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="142"/>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="143"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="144"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="148"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="154"/>
        <source>The checks are not part of this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="156"/>
        <source>Checking… each test can take up to a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="159"/>
        <source>All checks passed: your GPU environment works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="160"/>
        <source>Some checks did not pass; the Report page lists what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="167"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="168"/>
        <source>Proof that everything fits together: nvidia-smi talks to the driver, nvcc compiles and runs a small CUDA program, and in your environment PyTorch sees the GPU and multiplies two matrices on it. Each check shows pass or fail and how long it took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="172"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="172"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="172"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="172"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="173"/>
        <source>Verification results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="174"/>
        <source>&amp;Run checks (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="174"/>
        <source>&amp;Run checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="175"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::WelcomePage</name>
    <message>
        <location filename="../wizard/Pages.cpp" line="72"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="73"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="74"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="77"/>
        <source>&lt;p&gt;This wizard takes you from &quot;do I have a usable NVIDIA GPU?&quot; to a working deep-learning environment, one page per step:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;GPU&lt;/b&gt;: which card you have, or where to get GPU time;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Driver&lt;/b&gt;: the NVIDIA driver;&lt;/li&gt;&lt;li&gt;&lt;b&gt;CUDA&lt;/b&gt; and &lt;b&gt;cuDNN&lt;/b&gt;: NVIDIA&apos;s toolkit and library, often optional;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Python environment&lt;/b&gt;: conda, a mirror, an environment with PyTorch;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verify&lt;/b&gt;: proof that the GPU computes, then a &lt;b&gt;report&lt;/b&gt; for your teaching assistant.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Each page first checks this computer, then says what is done and what is missing, and why.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="88"/>
        <source>&lt;p&gt;&lt;b&gt;Nothing changes without your confirmation:&lt;/b&gt; every page shows the exact commands first and runs them only when you press Run; steps that need administrator rights ask for your password through the system.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nothing is sent anywhere:&lt;/b&gt; the checks read this computer only; downloads come from NVIDIA, conda and PyTorch servers or the mirror you choose. The report stays on your disk until you share it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="94"/>
        <source>Demo mode: this wizard shows a recorded computer (%1). Every step is a dry run; nothing on this computer is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
