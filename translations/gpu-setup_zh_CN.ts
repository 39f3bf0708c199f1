<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>gpusetup::DriverPage</name>
    <message>
        <location filename="../wizard/StagePages.cpp" line="286"/>
        <source>Recommended driver: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>推荐的驱动：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="290"/>
        <source>Also possible: %1</source>
        <translation>也可以：%1</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="302"/>
        <source>The driver lets the system use the card; every CUDA program needs a driver at least as new as its CUDA version asks for. Install it with the distribution&apos;s own tool (ubuntu-drivers), never the driver inside the CUDA runfile, and restart afterwards. With Secure Boot on, the driver module must be signed with a key you enrol once at the next start (MOK).</source>
        <translation>驱动让系统能够使用显卡；每个 CUDA 程序都要求驱动版本不低于其 CUDA 版本的要求。请用发行版自带的工具（ubuntu-drivers）安装驱动，不要用 CUDA runfile 里捆绑的驱动，装完后重启。如果开启了安全启动（Secure Boot），驱动模块必须用一个密钥签名，并在下次开机时登记一次该密钥（MOK）。</translation>
    </message>
</context>
<context>
    <name>gpusetup::GpuPage</name>
    <message>
        <location filename="../wizard/StagePages.cpp" line="140"/>
        <source>Under full load the computer draws about %1 W; a %2 W power supply leaves enough headroom (below %3 W it may switch off under load).</source>
        <translation>满载时整机功耗约 %1 W；%2 W 的电源留有足够余量（低于 %3 W 时，高负载下可能会断电关机）。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="147"/>
        <source>Your %1 W unit is enough.</source>
        <translation>你现有的 %1 W 电源够用。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="148"/>
        <source>Your %1 W unit is too small: replace it.</source>
        <translation>你现有的 %1 W 电源功率不足：请更换。</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/StagePages.cpp" line="150"/>
        <source>The card needs %n 8-pin PCIe power plug(s) from the power supply.</source>
        <translation>
            <numerusform>这块显卡需要电源提供 %n 个 8-pin PCIe 供电接口。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="167"/>
        <source>%1 (not identified yet)</source>
        <translation>%1（型号尚未识别）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="168"/>
        <source>%1 (laptop GPU)</source>
        <translation>%1（笔记本显卡）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="172"/>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="174"/>
        <source>Architecture and compute capability: %1</source>
        <translation>架构和计算能力：%1</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="175"/>
        <source>Chip: %1 (%2)</source>
        <translation>芯片：%1（%2）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="176"/>
        <source>Memory: %1</source>
        <translation>显存：%1</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="177"/>
        <source>PCI id: %1:%2</source>
        <translation>PCI ID：%1:%2</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="193"/>
        <source>No usable NVIDIA GPU: your options</source>
        <translation>没有可用的 NVIDIA 显卡：你可以这样做</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="194"/>
        <source>Upgrading or adding a GPU</source>
        <translation>升级或加装显卡</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="195"/>
        <source>&amp;Options without a usable GPU</source>
        <translation>没有可用显卡时的选择(&amp;O)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="196"/>
        <source>&amp;Options for upgrading or adding a GPU</source>
        <translation>升级或加装显卡的选择(&amp;O)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="204"/>
        <source>Graphics cards found on this computer:</source>
        <translation>在这台电脑上找到的显卡：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="205"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="205"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="205"/>
        <source>Compute capability</source>
        <translation>计算能力</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="205"/>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="206"/>
        <source>Driver in use</source>
        <translation>正在使用的驱动</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="207"/>
        <source>Graphics cards</source>
        <translation>显卡</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="210"/>
        <source>&lt;b&gt;1. Free cloud notebooks.&lt;/b&gt; Several sites lend a GPU inside a Jupyter-style notebook for free, within weekly limits. What we know (as of %1; these limits change often, check the site):</source>
        <translation>&lt;b&gt;1. 免费的云端 Notebook。&lt;/b&gt;有几个网站在类似 Jupyter 的在线 Notebook 里免费提供 GPU，每周有时长限制。已知情况如下（截至 %1；这些限制经常变化，请以网站为准）：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="228"/>
        <source>seen %1</source>
        <translation>记录于 %1</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="235"/>
        <source>&lt;b&gt;2. Rent a GPU server&lt;/b&gt; by the hour for a course project. Rented servers usually come with the driver and CUDA installed; over SSH, run &lt;tt&gt;gpu-setup doctor&lt;/tt&gt; there to check.</source>
        <translation>&lt;b&gt;2. 租用 GPU 服务器&lt;/b&gt;，按小时计费，适合课程项目。租来的服务器通常已装好驱动和 CUDA；通过 SSH 登录后运行 &lt;tt&gt;gpu-setup doctor&lt;/tt&gt; 即可检查。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="238"/>
        <source>&lt;b&gt;3. Buy a card and fit it yourself.&lt;/b&gt; It is easier than it sounds, three steps: (1) switch off, unplug and open the case; (2) press the card into the long PCIe x16 slot, screw it to the bracket and plug in its power cables; (3) close the case, start the computer and come back to this page.</source>
        <translation>&lt;b&gt;3. 自己买一块显卡装上。&lt;/b&gt;比听起来简单，一共三步：（1）关机、拔掉电源线、打开机箱；（2）把显卡插进长的 PCIe x16 插槽，拧紧挡板螺丝，插好供电线；（3）合上机箱，开机，再回到这一页。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="244"/>
        <source>&lt;b&gt;Plugs:&lt;/b&gt; every connector only fits one way; if it does not slide in, check the shape instead of pushing harder. &lt;b&gt;Balance:&lt;/b&gt; choose a card that matches the rest of the computer: a weak CPU cannot prepare data fast enough and the GPU sits idle. &lt;b&gt;Power:&lt;/b&gt; look up the card&apos;s board power and check the power supply below; a bigger card often needs a new one.</source>
        <translation>&lt;b&gt;接线：&lt;/b&gt;每个接口只有一个方向能插进去；插不进去时先看清形状，不要硬插。&lt;b&gt;搭配：&lt;/b&gt;显卡要和电脑其他配件的性能相当：CPU 太弱就来不及准备数据，GPU 只能闲着等。&lt;b&gt;功率：&lt;/b&gt;查一下显卡的整卡功耗，用下面的计算器核对电源；换更强的显卡往往也要换电源。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="249"/>
        <source>Power supply calculator</source>
        <translation>电源功率计算器</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="250"/>
        <source>GPU &amp;model:</source>
        <translation>显卡型号(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="251"/>
        <source>(type the power below)</source>
        <translation>（在下方输入功耗）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="252"/>
        <source>GPU model</source>
        <translation>显卡型号</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="253"/>
        <source>GPU &amp;board power:</source>
        <translation>显卡整卡功耗(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="254"/>
        <source>CP&amp;U power:</source>
        <translation>CPU 功耗(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="255"/>
        <source>C&amp;urrent power supply:</source>
        <translation>现有电源功率(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="261"/>
        <source>Deep-learning frameworks do their heavy maths on the GPU through NVIDIA&apos;s CUDA, so training needs an NVIDIA card; Intel and AMD graphics are not used by CUDA. The compute capability tells which CUDA and framework versions still support the card, and the memory limits how large a model fits. If your computer has no suitable card, you can still learn on a free cloud notebook.</source>
        <translation>深度学习框架通过 NVIDIA 的 CUDA 在 GPU 上完成繁重的计算，所以训练需要一块 NVIDIA 显卡；CUDA 用不了 Intel 和 AMD 的显卡。计算能力决定了哪些 CUDA 和框架版本仍然支持这块卡，显存大小决定了能放下多大的模型。如果电脑里没有合适的显卡，也可以先用免费的云端 Notebook 学习。</translation>
    </message>
</context>
<context>
    <name>gpusetup::LibraryPage</name>
    <message>
        <location filename="../wizard/StagePages.cpp" line="367"/>
        <source>Compatible CUDA &amp;versions:</source>
        <translation>兼容的 CUDA 版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="368"/>
        <source>Compatible cuDNN &amp;versions:</source>
        <translation>兼容的 cuDNN 版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="369"/>
        <source>CUDA version</source>
        <translation>CUDA 版本</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="369"/>
        <source>cuDNN version</source>
        <translation>cuDNN 版本</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="370"/>
        <source>The selected version is the one the plan uses; the others also fit your driver, GPU and framework. Pick one to change the plan.</source>
        <translation>选中的版本就是计划要安装的版本；其他版本也适合你的驱动、显卡和框架。选择其中一个即可修改计划。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="378"/>
        <source>The CUDA toolkit is the compiler (nvcc) and libraries for building CUDA programs. PyTorch installed with pip brings its own CUDA runtime, so for PyTorch alone only the driver is needed; install the toolkit when you compile CUDA code or extensions. The version must suit your driver, your GPU and your framework; after installing, PATH and LD_LIBRARY_PATH are set in your shell profile and nvcc -V shows the version.</source>
        <translation>CUDA 工具包包含编译 CUDA 程序所需的编译器（nvcc）和库。用 pip 安装的 PyTorch 自带 CUDA 运行时，所以只用 PyTorch 时只需要驱动；要编译 CUDA 代码或扩展时才需要安装工具包。版本要同时适合你的驱动、显卡和框架；安装后会在 shell 配置文件里设置 PATH 和 LD_LIBRARY_PATH，运行 nvcc -V 可以看到版本。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="384"/>
        <source>cuDNN is NVIDIA&apos;s library of deep-learning building blocks (convolutions and more). Framework pip packages already include it; install it yourself only for code that links it directly. Its CUDA major version must match the toolkit&apos;s. It is not installed as such: the files are copied into the toolkit folder, or kept in a folder of yours that LD_LIBRARY_PATH points to.</source>
        <translation>cuDNN 是 NVIDIA 提供的深度学习基础算子库（卷积等）。框架的 pip 包已经包含它；只有直接链接 cuDNN 的代码才需要自己安装。它的 CUDA 主版本必须与工具包一致。cuDNN 其实不需要“安装”：把文件复制到工具包目录里，或者放在你自己的目录中并让 LD_LIBRARY_PATH 指向它即可。</translation>
    </message>
</context>
<context>
    <name>gpusetup::PythonEnvPage</name>
    <message>
        <location filename="../wizard/StagePages.cpp" line="481"/>
        <source>Remove environment</source>
        <translation>删除环境</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="482"/>
        <source>Remove the conda environment &quot;%1&quot; and everything installed in it?</source>
        <translation>要删除 conda 环境“%1”以及其中安装的所有软件包吗？</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="515"/>
        <source>Demo: nothing was run.</source>
        <translation>演示模式：没有执行任何命令。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="515"/>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="545"/>
        <source>newest that fits</source>
        <translation>最新的合适版本</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="571"/>
        <source>To use the environment in a terminal: &lt;tt&gt;conda activate %1&lt;/tt&gt;; to leave it: &lt;tt&gt;conda deactivate&lt;/tt&gt;.</source>
        <translation>在终端中使用该环境：&lt;tt&gt;conda activate %1&lt;/tt&gt;；退出：&lt;tt&gt;conda deactivate&lt;/tt&gt;。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="579"/>
        <source>&amp;Framework:</source>
        <translation>框架(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="580"/>
        <source>None (Python only)</source>
        <translation>不装框架（仅 Python）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="581"/>
        <source>Framework &amp;version:</source>
        <translation>框架版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="582"/>
        <source>&amp;Python version:</source>
        <translation>Python 版本(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="583"/>
        <source>newest the framework supports</source>
        <translation>框架支持的最新版本</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="584"/>
        <source>&amp;Environment name:</source>
        <translation>环境名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="585"/>
        <source>Download &amp;mirror:</source>
        <translation>下载镜像(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="586"/>
        <source>Official servers</source>
        <translation>官方服务器</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="587"/>
        <source>Tsinghua University (TUNA)</source>
        <translation>清华大学（TUNA）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="588"/>
        <source>USTC</source>
        <translation>中国科学技术大学（USTC）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="589"/>
        <source>Beijing Foreign Studies University (BFSU)</source>
        <translation>北京外国语大学（BFSU）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="590"/>
        <source>conda &amp;distribution:</source>
        <translation>conda 发行版(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="591"/>
        <source>conda environments on this computer</source>
        <translation>这台电脑上的 conda 环境</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="592"/>
        <source>conda environments</source>
        <translation>conda 环境</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="593"/>
        <source>Create e&amp;nvironment</source>
        <translation>创建环境(&amp;N)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="594"/>
        <source>Re&amp;move selected</source>
        <translation>删除所选(&amp;M)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="600"/>
        <source>conda keeps each project&apos;s Python and packages in its own environment, so a PyTorch project and a TensorFlow project never break each other. Miniconda and Miniforge are the small installers of conda (Miniforge uses the free conda-forge channel and needs no terms of service). A mirror close to you, such as TUNA in China, makes downloads much faster. The framework is installed with pip from its own wheel index, matching your driver&apos;s CUDA.</source>
        <translation>conda 把每个项目的 Python 和软件包放在各自独立的环境里，PyTorch 项目和 TensorFlow 项目互不干扰。Miniconda 和 Miniforge 是 conda 的精简安装包（Miniforge 使用免费的 conda-forge 频道，无需同意服务条款）。选择离你近的镜像（如国内的清华 TUNA）能让下载快得多。框架用 pip 从其官方 wheel 索引安装，并与驱动的 CUDA 版本匹配。</translation>
    </message>
</context>
<context>
    <name>gpusetup::Report</name>
    <message>
        <location filename="../wizard/ReportPdf.cpp" line="29"/>
        <source>PDF output needs the graphical libraries of gpu-setup, which this build lacks.</source>
        <translation>生成 PDF 需要 gpu-setup 的图形库，而这个版本没有包含它们。</translation>
    </message>
    <message>
        <location filename="../wizard/ReportPdf.cpp" line="37"/>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <location filename="../wizard/ReportPdf.cpp" line="43"/>
        <source>GPU setup report</source>
        <translation>GPU 环境配置报告</translation>
    </message>
</context>
<context>
    <name>gpusetup::ReportPage</name>
    <message>
        <location filename="../wizard/Pages.cpp" line="259"/>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="262"/>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="263"/>
        <source>%1 of %2 passed</source>
        <translation>%2 项中通过 %1 项</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="320"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="336"/>
        <source>A summary of every stage. Save the report for your teaching assistant: PDF or HTML to read, JSON for programs (gpu-setup report --read opens it), Markdown to paste. The report stays on this computer until you send it.</source>
        <translation>各阶段的汇总。把报告保存下来发给助教：PDF 或 HTML 便于阅读，JSON 供程序读取（可用 gpu-setup report --read 打开），Markdown 便于粘贴。报告只保存在这台电脑上，除非你自己发送出去。</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="342"/>
        <source>&amp;Hide my user name, computer name and GPU serial numbers</source>
        <translation>隐藏我的用户名、计算机名和 GPU 序列号(&amp;H)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="343"/>
        <source>Save &amp;JSON</source>
        <translation>保存为 JSON(&amp;J)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="344"/>
        <source>Save &amp;Markdown</source>
        <translation>保存为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="345"/>
        <source>Save H&amp;TML</source>
        <translation>保存为 HTML(&amp;T)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="346"/>
        <source>Save &amp;PDF</source>
        <translation>保存为 PDF(&amp;P)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="347"/>
        <source>&amp;Copy summary</source>
        <translation>复制摘要(&amp;C)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="348"/>
        <source>&amp;Open folder</source>
        <translation>打开所在文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="306"/>
        <source>Could not save the report: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="228"/>
        <source>The summary is on the clipboard.</source>
        <translation>摘要已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="330"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="335"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="340"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="340"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="340"/>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="341"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
</context>
<context>
    <name>gpusetup::SetupWizard</name>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="37"/>
        <source>Quit the wizard?</source>
        <translation>退出向导？</translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="38"/>
        <source>Quit GPU Setup? Nothing more will change on this computer; you can start again any time.</source>
        <translation>要退出 GPU 环境配置向导吗？这台电脑上不会再有任何改动；你随时可以重新开始。</translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="73"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="105"/>
        <source>GPU Setup Wizard</source>
        <translation>GPU 环境配置向导</translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="107"/>
        <source>demo: %1</source>
        <translation>演示：%1</translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="112"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="113"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="114"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="115"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
</context>
<context>
    <name>gpusetup::StageModel</name>
    <message>
        <location filename="../wizard/StageModel.cpp" line="188"/>
        <source>Stopped: the remaining steps did not run.</source>
        <translation>已停止：其余步骤没有执行。</translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="193"/>
        <source>Demo run finished: every step was shown, nothing on this computer changed.</source>
        <translation>演示运行结束：已展示每个步骤，这台电脑没有任何改动。</translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="195"/>
        <source>All steps of this stage finished.</source>
        <translation>本阶段的所有步骤已完成。</translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="203"/>
        <source>Your turn: %1</source>
        <translation>请你手动完成：%1</translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="212"/>
        <source>Do this step yourself (shown above), then press Run again to continue.</source>
        <translation>请按上面的说明自己完成这一步，然后再次点击“运行”继续。</translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="234"/>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
</context>
<context>
    <name>gpusetup::StagePage</name>
    <message>
        <location filename="../wizard/StagePage.cpp" line="39"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="40"/>
        <source>Needs action</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="41"/>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="42"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="43"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="44"/>
        <source>Checking this computer…</source>
        <translation>正在检查这台电脑…</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="169"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="173"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="176"/>
        <source>%1 min %2 s left</source>
        <translation>剩余 %1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="256"/>
        <source>&amp;Why?</source>
        <translation>为什么？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="257"/>
        <source>Why this step matters</source>
        <translation>这一步为什么重要</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="259"/>
        <source>&amp;Do this stage anyway</source>
        <translation>仍然完成这一阶段(&amp;D)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="262"/>
        <source>Exact commands (demo: shown, never run on this computer):</source>
        <translation>将执行的确切命令（演示模式：只展示，不会在这台电脑上运行）：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="263"/>
        <source>Exact commands that Run will perform (nothing changes before you press Run):</source>
        <translation>点击“运行”后将执行的确切命令（点击之前不会有任何改动）：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="264"/>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="265"/>
        <source>&amp;Copy commands</source>
        <translation>复制命令(&amp;C)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="266"/>
        <source>&amp;Run (demo)</source>
        <translation>运行（演示）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="266"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="267"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="268"/>
        <source>Re-&amp;check</source>
        <translation>重新检查(&amp;E)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="269"/>
        <source>S&amp;kip this stage</source>
        <translation>跳过此阶段(&amp;K)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="270"/>
        <source>Show &amp;log</source>
        <translation>显示日志(&amp;L)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="271"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="272"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>gpusetup::VerifyPage</name>
    <message>
        <location filename="../wizard/Pages.cpp" line="141"/>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="142"/>
        <source>fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="143"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="144"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="148"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="154"/>
        <source>The checks are not part of this build yet.</source>
        <translation>此版本尚未包含这些检查。</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="156"/>
        <source>Checking… each test can take up to a minute.</source>
        <translation>正在检查…每项测试最多需要一分钟。</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="159"/>
        <source>All checks passed: your GPU environment works.</source>
        <translation>全部检查通过：你的 GPU 环境可以正常工作。</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="160"/>
        <source>Some checks did not pass; the Report page lists what to do.</source>
        <translation>有检查未通过；“报告”页列出了解决办法。</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="167"/>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="168"/>
        <source>Proof that everything fits together: nvidia-smi talks to the driver, nvcc compiles and runs a small CUDA program, and in your environment PyTorch sees the GPU and multiplies two matrices on it. Each check shows pass or fail and how long it took.</source>
        <translation>证明各部分确实配合无误：nvidia-smi 能与驱动通信，nvcc 能编译并运行一个小的 CUDA 程序，在你的环境里 PyTorch 能识别 GPU 并在上面做一次矩阵乘法。每项检查都会显示通过或失败以及耗时。</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="172"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="172"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="172"/>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="172"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="173"/>
        <source>Verification results</source>
        <translation>验证结果</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="174"/>
        <source>&amp;Run checks (demo)</source>
        <translation>运行检查（演示）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="174"/>
        <source>&amp;Run checks</source>
        <translation>运行检查(&amp;R)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="175"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
</context>
<context>
    <name>gpusetup::WelcomePage</name>
    <message>
        <location filename="../wizard/Pages.cpp" line="72"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="73"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="74"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="77"/>
        <source>&lt;p&gt;This wizard takes you from &quot;do I have a usable NVIDIA GPU?&quot; to a working deep-learning environment, one page per step:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;GPU&lt;/b&gt;: which card you have, or where to get GPU time;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Driver&lt;/b&gt;: the NVIDIA driver;&lt;/li&gt;&lt;li&gt;&lt;b&gt;CUDA&lt;/b&gt; and &lt;b&gt;cuDNN&lt;/b&gt;: NVIDIA&apos;s toolkit and library, often optional;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Python environment&lt;/b&gt;: conda, a mirror, an environment with PyTorch;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verify&lt;/b&gt;: proof that the GPU computes, then a &lt;b&gt;report&lt;/b&gt; for your teaching assistant.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Each page first checks this computer, then says what is done and what is missing, and why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本向导带你从“我有没有能用的 NVIDIA 显卡？”一路走到可用的深度学习环境，每一步一页：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;显卡&lt;/b&gt;：你有哪块显卡，或者去哪里获得 GPU 算力；&lt;/li&gt;&lt;li&gt;&lt;b&gt;驱动&lt;/b&gt;：NVIDIA 驱动；&lt;/li&gt;&lt;li&gt;&lt;b&gt;CUDA&lt;/b&gt; 和 &lt;b&gt;cuDNN&lt;/b&gt;：NVIDIA 的工具包和库，往往是可选的；&lt;/li&gt;&lt;li&gt;&lt;b&gt;Python 环境&lt;/b&gt;：conda、镜像源，以及装有 PyTorch 的环境；&lt;/li&gt;&lt;li&gt;&lt;b&gt;验证&lt;/b&gt;：证明 GPU 真的能计算，最后生成一份给助教的&lt;b&gt;报告&lt;/b&gt;。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;每一页都会先检查这台电脑，再告诉你哪些已经完成、还缺什么，以及原因。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="88"/>
        <source>&lt;p&gt;&lt;b&gt;Nothing changes without your confirmation:&lt;/b&gt; every page shows the exact commands first and runs them only when you press Run; steps that need administrator rights ask for your password through the system.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nothing is sent anywhere:&lt;/b&gt; the checks read this computer only; downloads come from NVIDIA, conda and PyTorch servers or the mirror you choose. The report stays on your disk until you share it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;未经你确认，不会做任何改动：&lt;/b&gt;每一页都先列出确切的命令，只有点击“运行”后才会执行；需要管理员权限的步骤会通过系统请你输入密码。&lt;/p&gt;&lt;p&gt;&lt;b&gt;不会向任何地方发送数据：&lt;/b&gt;检查只读取这台电脑；下载只来自 NVIDIA、conda、PyTorch 的服务器或你选择的镜像。报告保存在你的磁盘上，由你决定是否分享。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="94"/>
        <source>Demo mode: this wizard shows a recorded computer (%1). Every step is a dry run; nothing on this computer is changed.</source>
        <translation>演示模式：本向导展示的是一台录制下来的电脑（%1）。每个步骤都只是演练，不会改动这台电脑。</translation>
    </message>
</context>
</TS>
