<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>gpusetup::DriverPage</name>
    <message>
        <location filename="../wizard/StagePages.cpp" line="330"/>
        <source>Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="331"/>
        <source>Restart the computer now? Save your work in other programs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="364"/>
        <source>Restarting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="369"/>
        <source>Demo: this computer would restart now; nothing happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="371"/>
        <source>The computer did not restart (%1). Restart it from the system menu; the wizard remembers this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="395"/>
        <source>Recommended driver: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="399"/>
        <source>Also possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="411"/>
        <source>Command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="417"/>
        <source>Restart to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="418"/>
        <source>Everything that had to happen before the restart is done. The NVIDIA driver loads at the next start; this wizard remembers this page and checks again when you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="422"/>
        <source>&lt;p&gt;&lt;b&gt;At the next start a blue screen appears first&lt;/b&gt; (MokManager). It waits only 10 seconds, so be ready:&lt;/p&gt;&lt;ol style=&quot;margin-left: 12px&quot;&gt;&lt;li&gt;Press any key (for example the space bar).&lt;/li&gt;&lt;li&gt;Choose “Enroll MOK” with the arrow keys and press Enter.&lt;/li&gt;&lt;li&gt;Choose “Continue”.&lt;/li&gt;&lt;li&gt;Choose “Yes” to enrol the key.&lt;/li&gt;&lt;li&gt;Type the one-time password you chose (nothing is shown while you type) and press Enter.&lt;/li&gt;&lt;li&gt;Choose “Reboot”.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;If you miss the screen, the driver stays unloaded: restart again and it comes back.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="433"/>
        <source>Illustration of the MokManager screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="434"/>
        <source>Illustration of the six screens, numbered as the steps beside it (drawn for gpu-setup; the real ones look much alike).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="437"/>
        <source>&amp;Open this wizard again after the restart (removed again once used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="439"/>
        <source>Re&amp;start now (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="439"/>
        <source>Re&amp;start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="446"/>
        <source>The driver lets the system use the card; every CUDA program needs a driver at least as new as its CUDA version asks for. Install it with the distribution&apos;s own tool (ubuntu-drivers), never the driver inside the CUDA runfile, and restart afterwards. With Secure Boot on, a module built on this computer (DKMS) loads only once the key it is signed with is enrolled at the next start (MOK); Ubuntu&apos;s prebuilt modules are signed by Canonical and need no key of yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::GpuPage</name>
    <message>
        <location filename="../wizard/StagePages.cpp" line="145"/>
        <source>Under full load the computer draws about %1 W; a %2 W power supply leaves enough headroom (below %3 W it may switch off under load).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="152"/>
        <source>Your %1 W unit is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="153"/>
        <source>Your %1 W unit is too small: replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/StagePages.cpp" line="155"/>
        <source>The card needs %n 8-pin PCIe power plug(s) from the power supply.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="173"/>
        <source>%1 (not identified yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="175"/>
        <source>%1 (laptop GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="179"/>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="181"/>
        <source>Architecture and compute capability: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="182"/>
        <source>Chip: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="183"/>
        <source>Memory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="184"/>
        <source>PCI id: %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="200"/>
        <source>No usable NVIDIA GPU: your options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="201"/>
        <source>Upgrading or adding a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="202"/>
        <source>&amp;Options without a usable GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="203"/>
        <source>&amp;Options for upgrading or adding a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="211"/>
        <source>Graphics cards found on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="212"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="212"/>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="212"/>
        <source>Compute capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="212"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="213"/>
        <source>Driver in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="214"/>
        <source>Graphics cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="217"/>
        <source>&lt;b&gt;1. Free cloud notebooks.&lt;/b&gt; Several sites lend a GPU inside a Jupyter-style notebook for free, within weekly limits. What we know (as of %1; these limits change often, check the site):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="235"/>
        <source>seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="242"/>
        <source>&lt;b&gt;2. Rent a GPU server&lt;/b&gt; by the hour for a course project. Rented servers usually come with the driver and CUDA installed; over SSH, run &lt;tt&gt;gpu-setup doctor&lt;/tt&gt; there to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="245"/>
        <source>&lt;b&gt;3. Buy a card and fit it yourself.&lt;/b&gt; It is easier than it sounds, three steps: (1) switch off, unplug and open the case; (2) press the card into the long PCIe x16 slot, screw it to the bracket and plug in its power cables; (3) close the case, start the computer and come back to this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="251"/>
        <source>&lt;b&gt;Plugs:&lt;/b&gt; every connector only fits one way; if it does not slide in, check the shape instead of pushing harder. &lt;b&gt;Balance:&lt;/b&gt; choose a card that matches the rest of the computer: a weak CPU cannot prepare data fast enough and the GPU sits idle. &lt;b&gt;Power:&lt;/b&gt; look up the card&apos;s board power and check the power supply below; a bigger card often needs a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="256"/>
        <source>Power supply calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="257"/>
        <source>GPU &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="258"/>
        <source>(type the power below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="259"/>
        <source>GPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="260"/>
        <source>GPU board &amp;power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="262"/>
        <source>Current power &amp;supply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="261"/>
        <source>CP&amp;U power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="268"/>
        <source>Deep-learning frameworks do their heavy maths on the GPU through NVIDIA&apos;s CUDA, so training needs an NVIDIA card; Intel and AMD graphics are not used by CUDA. The compute capability tells which CUDA and framework versions still support the card, and the memory limits how large a model fits. If your computer has no suitable card, you can still learn on a free cloud notebook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::LibraryPage</name>
    <message>
        <location filename="../wizard/StagePages.cpp" line="512"/>
        <source>Compatible CUDA &amp;versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="513"/>
        <source>Compatible cuDNN &amp;versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="514"/>
        <source>CUDA version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="514"/>
        <source>cuDNN version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="515"/>
        <source>The selected version is the one the plan uses; the others also fit your driver, GPU and framework. Pick one to change the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="523"/>
        <source>The CUDA toolkit is the compiler (nvcc) and libraries for building CUDA programs. PyTorch installed with pip brings its own CUDA runtime, so for PyTorch alone only the driver is needed; install the toolkit when you compile CUDA code or extensions. The version must suit your driver, your GPU and your framework; after installing, PATH and LD_LIBRARY_PATH are set in your shell profile and nvcc -V shows the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="529"/>
        <source>cuDNN is NVIDIA&apos;s library of deep-learning building blocks (convolutions and more). Framework pip packages already include it; install it yourself only for code that links it directly. Its CUDA major version must match the toolkit&apos;s. It is not installed as such: the files are copied into the toolkit folder, or kept in a folder of yours that LD_LIBRARY_PATH points to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::MokPasswordDialog</name>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="64"/>
        <source>Choose a password of 8 to 16 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="67"/>
        <source>Use only English letters, digits and punctuation, without spaces: the blue screen reads an English (US) keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="69"/>
        <source>The password is shorter than 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="70"/>
        <source>The password is longer than 16 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="71"/>
        <source>The two entries differ: type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="94"/>
        <source>Both entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="100"/>
        <source>One-time password for Secure Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="102"/>
        <source>&lt;p&gt;Secure Boot loads the NVIDIA driver only after you enrol the key it is signed with. Choose a one-time password now (8 to 16 characters: English letters and digits are safest).&lt;/p&gt;&lt;p&gt;At the next start a blue screen asks for it once; after that it is never needed again. Write it down until then.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="106"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="107"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="108"/>
        <source>One-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="109"/>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="110"/>
        <source>&amp;Queue the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="111"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::PythonEnvPage</name>
    <message>
        <location filename="../wizard/StagePages.cpp" line="626"/>
        <source>Remove environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="627"/>
        <source>Remove the conda environment &quot;%1&quot; and everything installed in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="660"/>
        <source>Demo: nothing was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="660"/>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="690"/>
        <source>Anaconda&apos;s Terms of Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="691"/>
        <source>Miniconda installs packages from Anaconda&apos;s channels: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="692"/>
        <source>their use is subject to Anaconda&apos;s Terms of Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="697"/>
        <source>The channels: %1. General knowledge, not in the checked data: the terms require a paid licence for organisations of 200 or more people; students of a university should check its policy.

Do you agree to these terms? Miniforge needs none: it uses only the free conda-forge channel, and so does a mirror (TUNA, USTC, BFSU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="702"/>
        <source>I &amp;agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="703"/>
        <source>Use &amp;Miniforge instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="711"/>
        <source>in the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="727"/>
        <source>newest that fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="765"/>
        <source>The environment &quot;%1&quot; is ready. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="766"/>
        <source>Once the environment &quot;%1&quot; is made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="772"/>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="773"/>
        <source>None (Python only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="774"/>
        <source>Framework &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="775"/>
        <source>&amp;Python version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="776"/>
        <source>newest the framework supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="777"/>
        <source>&amp;Environment name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="778"/>
        <source>Download &amp;mirror:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="779"/>
        <source>Official servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="780"/>
        <source>Tsinghua University (TUNA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="781"/>
        <source>USTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="782"/>
        <source>Beijing Foreign Studies University (BFSU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="783"/>
        <source>conda &amp;distribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="784"/>
        <source>conda environments on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="785"/>
        <source>conda environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="786"/>
        <source>Cre&amp;ate environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="787"/>
        <source>Remove &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="793"/>
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
        <location filename="../wizard/Pages.cpp" line="293"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="296"/>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="297"/>
        <source>%1 of %2 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="300"/>
        <source>Run the checks on the Verify page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="301"/>
        <source>Your GPU environment works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/Pages.cpp" line="302"/>
        <source>%n check(s) did not pass.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="311"/>
        <source>Nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/Pages.cpp" line="315"/>
        <source>… and %n earlier action(s), in the saved report.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="320"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="321"/>
        <source>shown only (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="322"/>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="323"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="324"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="386"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="402"/>
        <source>A summary of every stage. Save the report for your teaching assistant: PDF or HTML to read, JSON for programs (gpu-setup report --read opens it), Markdown to paste. The report stays on this computer until you send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="406"/>
        <source>Why / what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="408"/>
        <source>&lt;b&gt;What gpu-setup did on this computer&lt;/b&gt; (the wizard and the command line, before and after restarts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="410"/>
        <source>&amp;Hide my user name, computer name and GPU serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="411"/>
        <source>Save &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="412"/>
        <source>Save &amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="413"/>
        <source>Save H&amp;TML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="414"/>
        <source>Save &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="415"/>
        <source>&amp;Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="416"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="372"/>
        <source>Could not save the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="250"/>
        <source>The summary is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="396"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="401"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="406"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="406"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="407"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::SetupWizard</name>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="44"/>
        <source>Quit the wizard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="45"/>
        <source>Quit GPU Setup? Nothing more will change on this computer; you can start again any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="107"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="180"/>
        <source>GPU Setup Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="182"/>
        <source>demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="187"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="188"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="189"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="190"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::StageModel</name>
    <message>
        <location filename="../wizard/StageModel.cpp" line="166"/>
        <location filename="../wizard/StageModel.cpp" line="347"/>
        <source>This build of gpu-setup cannot enrol the key itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="243"/>
        <source>Stopped: the remaining steps did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="248"/>
        <source>Demo run finished: every step was shown, nothing on this computer changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="250"/>
        <source>All steps of this stage finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="261"/>
        <source>After this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="266"/>
        <source>Demo: every step before the restart was shown; nothing on this computer changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="268"/>
        <source>Everything before the restart is done: restart the computer to finish this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="274"/>
        <source>Your turn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="284"/>
        <source>Do this step yourself (shown above), then press Run again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="319"/>
        <source>No NVIDIA module was built on this computer: Ubuntu installed its signed modules, so there is no key to enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="325"/>
        <source>Your turn: choose the one-time password for the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="340"/>
        <source>The key was not queued, so under Secure Boot the driver will not load. Press Run to choose the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="372"/>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::StagePage</name>
    <message>
        <location filename="../wizard/StagePage.cpp" line="41"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="42"/>
        <source>Needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="43"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="44"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="45"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="46"/>
        <source>Checking this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="174"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="178"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="181"/>
        <source>%1 min %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="270"/>
        <source>&amp;Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="271"/>
        <source>Why this step matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="273"/>
        <source>&amp;Do this stage anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="276"/>
        <source>Exact commands (demo: shown, never run on this computer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="277"/>
        <source>Exact commands that Run will perform (nothing changes before you press Run):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="278"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="279"/>
        <source>Cop&amp;y commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="280"/>
        <source>&amp;Run (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="280"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="281"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="282"/>
        <source>Re-&amp;check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="283"/>
        <source>S&amp;kip this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="284"/>
        <source>Show &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="285"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="286"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::VerifyPage</name>
    <message>
        <location filename="../wizard/Pages.cpp" line="146"/>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="147"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="148"/>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="149"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="150"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="154"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="160"/>
        <source>The checks are not part of this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="162"/>
        <source>Checking… each test can take up to a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="167"/>
        <source>All checks passed: your GPU environment works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="168"/>
        <source>Every check your plan needs passed: your GPU environment works. (No CUDA toolkit is in your plan, so nvcc is not needed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="171"/>
        <source>Some checks did not pass; the Report page lists what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="172"/>
        <source>Not verified yet: %1 did not run. Create the Python environment first, then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="181"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="182"/>
        <source>Proof that everything fits together: nvidia-smi talks to the driver, nvcc compiles and runs a small CUDA program, and in your environment PyTorch sees the GPU and multiplies two matrices on it. Each check shows pass or fail and how long it took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="186"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="186"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="186"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="186"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="187"/>
        <source>Verification results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="188"/>
        <source>&amp;Run checks (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="188"/>
        <source>&amp;Run checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="189"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::WelcomePage</name>
    <message>
        <location filename="../wizard/Pages.cpp" line="73"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="74"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="75"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="78"/>
        <source>&lt;p&gt;This wizard takes you from &quot;do I have a usable NVIDIA GPU?&quot; to a working deep-learning environment, one page per step:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;GPU&lt;/b&gt;: which card you have, or where to get GPU time;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Driver&lt;/b&gt;: the NVIDIA driver;&lt;/li&gt;&lt;li&gt;&lt;b&gt;CUDA&lt;/b&gt; and &lt;b&gt;cuDNN&lt;/b&gt;: NVIDIA&apos;s toolkit and library, often optional;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Python environment&lt;/b&gt;: conda, a mirror, an environment with PyTorch;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verify&lt;/b&gt;: proof that the GPU computes, then a &lt;b&gt;report&lt;/b&gt; for your teaching assistant.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Each page first checks this computer, then says what is done and what is missing, and why.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="89"/>
        <source>&lt;p&gt;&lt;b&gt;Nothing changes without your confirmation:&lt;/b&gt; every page shows the exact commands first and runs them only when you press Run; steps that need administrator rights ask for your password through the system.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nothing is sent anywhere:&lt;/b&gt; the checks read this computer only; downloads come from NVIDIA, conda and PyTorch servers or the mirror you choose. The report stays on your disk until you share it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="95"/>
        <source>Demo mode: this wizard shows a recorded computer (%1). Every step is a dry run; nothing on this computer is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpusetup::WizardSession</name>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="207"/>
        <source>Could not save the wizard&apos;s state to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="387"/>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="401"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="409"/>
        <source>Reopen the wizard once after the restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="414"/>
        <source>removed again when the wizard opens after the restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="425"/>
        <source>Restart the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="436"/>
        <source>Restart requested; afterwards the wizard continues on the page that waited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="453"/>
        <source>The computer has not restarted yet: the NVIDIA driver loads only after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="463"/>
        <source>After the restart the NVIDIA driver %1 still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="464"/>
        <source>After the restart: the NVIDIA driver %1 is now loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="467"/>
        <source>The key was enrolled, so Secure Boot accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="472"/>
        <source>After the restart the key still waits for enrolment, so the NVIDIA driver is not loaded: restart again and, in the blue screen, choose &quot;Enroll MOK&quot; within 10 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="477"/>
        <source>After the restart the open-source nouveau driver still holds the GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="479"/>
        <source>After the restart the NVIDIA driver is still not loaded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
