<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>gpusetup::DriverPage</name>
    <message>
        <location filename="../wizard/StagePages.cpp" line="330"/>
        <source>Restart now?</source>
        <translation>现在重启吗？</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="331"/>
        <source>Restart the computer now? Save your work in other programs first.</source>
        <translation>现在重启计算机吗？请先保存其他程序中的工作。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="364"/>
        <source>Restarting…</source>
        <translation>正在重启…</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="369"/>
        <source>Demo: this computer would restart now; nothing happened.</source>
        <translation>演示：此时计算机会重启；实际什么也没有发生。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="371"/>
        <source>The computer did not restart (%1). Restart it from the system menu; the wizard remembers this page.</source>
        <translation>计算机没有重启（%1）。请从系统菜单重启；向导会记住这一页。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="395"/>
        <source>Recommended driver: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>推荐的驱动：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="399"/>
        <source>Also possible: %1</source>
        <translation>也可以：%1</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="411"/>
        <source>Command: %1</source>
        <translation>命令：%1</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="417"/>
        <source>Restart to finish</source>
        <translation>重启以完成</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="418"/>
        <source>Everything that had to happen before the restart is done. The NVIDIA driver loads at the next start; this wizard remembers this page and checks again when you open it.</source>
        <translation>重启前需要做的都已完成。NVIDIA 驱动会在下次开机时加载；向导会记住这一页，再次打开时重新检查。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="422"/>
        <source>&lt;p&gt;&lt;b&gt;At the next start a blue screen appears first&lt;/b&gt; (MokManager). It waits only 10 seconds, so be ready:&lt;/p&gt;&lt;ol style=&quot;margin-left: 12px&quot;&gt;&lt;li&gt;Press any key (for example the space bar).&lt;/li&gt;&lt;li&gt;Choose “Enroll MOK” with the arrow keys and press Enter.&lt;/li&gt;&lt;li&gt;Choose “Continue”.&lt;/li&gt;&lt;li&gt;Choose “Yes” to enrol the key.&lt;/li&gt;&lt;li&gt;Type the one-time password you chose (nothing is shown while you type) and press Enter.&lt;/li&gt;&lt;li&gt;Choose “Reboot”.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;If you miss the screen, the driver stays unloaded: restart again and it comes back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;下次开机时会先出现一个蓝色界面&lt;/b&gt;（MokManager）。它只等 10 秒，请提前准备好：&lt;/p&gt;&lt;ol style=&quot;margin-left: 12px&quot;&gt;&lt;li&gt;按任意键（例如空格键）。&lt;/li&gt;&lt;li&gt;用方向键选择“Enroll MOK”，按回车。&lt;/li&gt;&lt;li&gt;选择“Continue”。&lt;/li&gt;&lt;li&gt;选择“Yes”，登记密钥。&lt;/li&gt;&lt;li&gt;输入你设定的一次性密码（输入时屏幕上不显示任何字符），按回车。&lt;/li&gt;&lt;li&gt;选择“Reboot”。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;如果错过了这个界面，驱动不会加载：再重启一次，它会再次出现。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="433"/>
        <source>Illustration of the MokManager screens</source>
        <translation>MokManager 界面示意图</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="434"/>
        <source>Illustration of the six screens, numbered as the steps beside it (drawn for gpu-setup; the real ones look much alike).</source>
        <translation>六个界面的示意图，编号与旁边的步骤对应（为 gpu-setup 绘制，与真实界面大致相同）。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="437"/>
        <source>&amp;Open this wizard again after the restart (removed again once used)</source>
        <translation>重启后自动再次打开此向导(&amp;O)（用过一次即删除）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="439"/>
        <source>Re&amp;start now (demo)</source>
        <translation>现在重启(&amp;S)（演示）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="439"/>
        <source>Re&amp;start now</source>
        <translation>现在重启(&amp;S)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="446"/>
        <source>The driver lets the system use the card; every CUDA program needs a driver at least as new as its CUDA version asks for. Install it with the distribution&apos;s own tool (ubuntu-drivers), never the driver inside the CUDA runfile, and restart afterwards. With Secure Boot on, a module built on this computer (DKMS) loads only once the key it is signed with is enrolled at the next start (MOK); Ubuntu&apos;s prebuilt modules are signed by Canonical and need no key of yours.</source>
        <translation>驱动让系统能够使用显卡；每个 CUDA 程序都要求驱动不低于其 CUDA 版本所需的版本。请用发行版自带的工具（ubuntu-drivers）安装，不要用 CUDA runfile 里附带的驱动，装完后重启。开启安全启动时，在本机编译的模块（DKMS）要等签名它的密钥在下次开机时登记（MOK）之后才能加载；Ubuntu 的预编译模块由 Canonical 签名，无需你自己的密钥。</translation>
    </message>
</context>
<context>
    <name>gpusetup::GpuPage</name>
    <message>
        <location filename="../wizard/StagePages.cpp" line="145"/>
        <source>Under full load the computer draws about %1 W; a %2 W power supply leaves enough headroom (below %3 W it may switch off under load).</source>
        <translation>满载时整机功耗约 %1 W；%2 W 的电源留有足够余量（低于 %3 W 时，高负载下可能会断电关机）。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="152"/>
        <source>Your %1 W unit is enough.</source>
        <translation>你现有的 %1 W 电源够用。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="153"/>
        <source>Your %1 W unit is too small: replace it.</source>
        <translation>你现有的 %1 W 电源功率不足：请更换。</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/StagePages.cpp" line="155"/>
        <source>The card needs %n 8-pin PCIe power plug(s) from the power supply.</source>
        <translation>
            <numerusform>这块显卡需要电源提供 %n 个 8-pin PCIe 供电接口。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="173"/>
        <source>%1 (not identified yet)</source>
        <translation>%1（型号尚未识别）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="175"/>
        <source>%1 (laptop GPU)</source>
        <translation>%1（笔记本显卡）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="179"/>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="181"/>
        <source>Architecture and compute capability: %1</source>
        <translation>架构和计算能力：%1</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="182"/>
        <source>Chip: %1 (%2)</source>
        <translation>芯片：%1（%2）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="183"/>
        <source>Memory: %1</source>
        <translation>显存：%1</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="184"/>
        <source>PCI id: %1:%2</source>
        <translation>PCI ID：%1:%2</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="200"/>
        <source>No usable NVIDIA GPU: your options</source>
        <translation>没有可用的 NVIDIA 显卡：你可以这样做</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="201"/>
        <source>Upgrading or adding a GPU</source>
        <translation>升级或加装显卡</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="202"/>
        <source>&amp;Options without a usable GPU</source>
        <translation>没有可用显卡时的选择(&amp;O)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="203"/>
        <source>&amp;Options for upgrading or adding a GPU</source>
        <translation>升级或加装显卡的选择(&amp;O)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="211"/>
        <source>Graphics cards found on this computer:</source>
        <translation>在这台电脑上找到的显卡：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="212"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="212"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="212"/>
        <source>Compute capability</source>
        <translation>计算能力</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="212"/>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="213"/>
        <source>Driver in use</source>
        <translation>正在使用的驱动</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="214"/>
        <source>Graphics cards</source>
        <translation>显卡</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="217"/>
        <source>&lt;b&gt;1. Free cloud notebooks.&lt;/b&gt; Several sites lend a GPU inside a Jupyter-style notebook for free, within weekly limits. What we know (as of %1; these limits change often, check the site):</source>
        <translation>&lt;b&gt;1. 免费的云端 Notebook。&lt;/b&gt;有几个网站在类似 Jupyter 的在线 Notebook 里免费提供 GPU，每周有时长限制。已知情况如下（截至 %1；这些限制经常变化，请以网站为准）：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="235"/>
        <source>seen %1</source>
        <translation>记录于 %1</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="242"/>
        <source>&lt;b&gt;2. Rent a GPU server&lt;/b&gt; by the hour for a course project. Rented servers usually come with the driver and CUDA installed; over SSH, run &lt;tt&gt;gpu-setup doctor&lt;/tt&gt; there to check.</source>
        <translation>&lt;b&gt;2. 租用 GPU 服务器&lt;/b&gt;，按小时计费，适合课程项目。租来的服务器通常已装好驱动和 CUDA；通过 SSH 登录后运行 &lt;tt&gt;gpu-setup doctor&lt;/tt&gt; 即可检查。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="245"/>
        <source>&lt;b&gt;3. Buy a card and fit it yourself.&lt;/b&gt; It is easier than it sounds, three steps: (1) switch off, unplug and open the case; (2) press the card into the long PCIe x16 slot, screw it to the bracket and plug in its power cables; (3) close the case, start the computer and come back to this page.</source>
        <translation>&lt;b&gt;3. 自己买一块显卡装上。&lt;/b&gt;比听起来简单，一共三步：（1）关机、拔掉电源线、打开机箱；（2）把显卡插进长的 PCIe x16 插槽，拧紧挡板螺丝，插好供电线；（3）合上机箱，开机，再回到这一页。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="251"/>
        <source>&lt;b&gt;Plugs:&lt;/b&gt; every connector only fits one way; if it does not slide in, check the shape instead of pushing harder. &lt;b&gt;Balance:&lt;/b&gt; choose a card that matches the rest of the computer: a weak CPU cannot prepare data fast enough and the GPU sits idle. &lt;b&gt;Power:&lt;/b&gt; look up the card&apos;s board power and check the power supply below; a bigger card often needs a new one.</source>
        <translation>&lt;b&gt;接线：&lt;/b&gt;每个接口只有一个方向能插进去；插不进去时先看清形状，不要硬插。&lt;b&gt;搭配：&lt;/b&gt;显卡要和电脑其他配件的性能相当：CPU 太弱就来不及准备数据，GPU 只能闲着等。&lt;b&gt;功率：&lt;/b&gt;查一下显卡的整卡功耗，用下面的计算器核对电源；换更强的显卡往往也要换电源。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="256"/>
        <source>Power supply calculator</source>
        <translation>电源功率计算器</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="257"/>
        <source>GPU &amp;model:</source>
        <translation>显卡型号(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="258"/>
        <source>(type the power below)</source>
        <translation>（在下方输入功耗）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="259"/>
        <source>GPU model</source>
        <translation>显卡型号</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="260"/>
        <source>GPU board &amp;power:</source>
        <translation>显卡整卡功耗(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="262"/>
        <source>Current power &amp;supply:</source>
        <translation>现有电源功率(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="261"/>
        <source>CP&amp;U power:</source>
        <translation>CPU 功耗(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="268"/>
        <source>Deep-learning frameworks do their heavy maths on the GPU through NVIDIA&apos;s CUDA, so training needs an NVIDIA card; Intel and AMD graphics are not used by CUDA. The compute capability tells which CUDA and framework versions still support the card, and the memory limits how large a model fits. If your computer has no suitable card, you can still learn on a free cloud notebook.</source>
        <translation>深度学习框架通过 NVIDIA 的 CUDA 在 GPU 上完成繁重的计算，所以训练需要一块 NVIDIA 显卡；CUDA 用不了 Intel 和 AMD 的显卡。计算能力决定了哪些 CUDA 和框架版本仍然支持这块卡，显存大小决定了能放下多大的模型。如果电脑里没有合适的显卡，也可以先用免费的云端 Notebook 学习。</translation>
    </message>
</context>
<context>
    <name>gpusetup::LibraryPage</name>
    <message>
        <location filename="../wizard/StagePages.cpp" line="512"/>
        <source>Compatible CUDA &amp;versions:</source>
        <translation>兼容的 CUDA 版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="513"/>
        <source>Compatible cuDNN &amp;versions:</source>
        <translation>兼容的 cuDNN 版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="514"/>
        <source>CUDA version</source>
        <translation>CUDA 版本</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="514"/>
        <source>cuDNN version</source>
        <translation>cuDNN 版本</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="515"/>
        <source>The selected version is the one the plan uses; the others also fit your driver, GPU and framework. Pick one to change the plan.</source>
        <translation>选中的版本就是计划要安装的版本；其他版本也适合你的驱动、显卡和框架。选择其中一个即可修改计划。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="523"/>
        <source>The CUDA toolkit is the compiler (nvcc) and libraries for building CUDA programs. PyTorch installed with pip brings its own CUDA runtime, so for PyTorch alone only the driver is needed; install the toolkit when you compile CUDA code or extensions. The version must suit your driver, your GPU and your framework; after installing, PATH and LD_LIBRARY_PATH are set in your shell profile and nvcc -V shows the version.</source>
        <translation>CUDA 工具包包含编译 CUDA 程序所需的编译器（nvcc）和库。用 pip 安装的 PyTorch 自带 CUDA 运行时，所以只用 PyTorch 时只需要驱动；要编译 CUDA 代码或扩展时才需要安装工具包。版本要同时适合你的驱动、显卡和框架；安装后会在 shell 配置文件里设置 PATH 和 LD_LIBRARY_PATH，运行 nvcc -V 可以看到版本。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="529"/>
        <source>cuDNN is NVIDIA&apos;s library of deep-learning building blocks (convolutions and more). Framework pip packages already include it; install it yourself only for code that links it directly. Its CUDA major version must match the toolkit&apos;s. It is not installed as such: the files are copied into the toolkit folder, or kept in a folder of yours that LD_LIBRARY_PATH points to.</source>
        <translation>cuDNN 是 NVIDIA 提供的深度学习基础算子库（卷积等）。框架的 pip 包已经包含它；只有直接链接 cuDNN 的代码才需要自己安装。它的 CUDA 主版本必须与工具包一致。cuDNN 其实不需要“安装”：把文件复制到工具包目录里，或者放在你自己的目录中并让 LD_LIBRARY_PATH 指向它即可。</translation>
    </message>
</context>
<context>
    <name>gpusetup::MokPasswordDialog</name>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="64"/>
        <source>Choose a password of 8 to 16 characters.</source>
        <translation>请设定一个 8 到 16 个字符的密码。</translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="67"/>
        <source>Use only English letters, digits and punctuation, without spaces: the blue screen reads an English (US) keyboard.</source>
        <translation>只能使用英文字母、数字和标点，不能有空格：蓝色界面按美式英文键盘读取输入。</translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="69"/>
        <source>The password is shorter than 8 characters.</source>
        <translation>密码少于 8 个字符。</translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="70"/>
        <source>The password is longer than 16 characters.</source>
        <translation>密码超过 16 个字符。</translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="71"/>
        <source>The two entries differ: type the same password twice.</source>
        <translation>两次输入不一致：请输入相同的密码两次。</translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="94"/>
        <source>Both entries match.</source>
        <translation>两次输入一致。</translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="100"/>
        <source>One-time password for Secure Boot</source>
        <translation>安全启动的一次性密码</translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="102"/>
        <source>&lt;p&gt;Secure Boot loads the NVIDIA driver only after you enrol the key it is signed with. Choose a one-time password now (8 to 16 characters: English letters and digits are safest).&lt;/p&gt;&lt;p&gt;At the next start a blue screen asks for it once; after that it is never needed again. Write it down until then.&lt;/p&gt;</source>
        <translation>&lt;p&gt;开启安全启动时，只有登记了签名 NVIDIA 驱动的密钥，驱动才会加载。现在设定一个一次性密码（8 到 16 个字符，英文字母和数字最稳妥）。&lt;/p&gt;&lt;p&gt;下次开机时蓝色界面会要求输入一次，此后不再需要。在那之前请把它记下来。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="106"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="107"/>
        <source>&amp;Repeat it:</source>
        <translation>再输入一次(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="108"/>
        <source>One-time password</source>
        <translation>一次性密码</translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="109"/>
        <source>The same password again</source>
        <translation>再次输入同一密码</translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="110"/>
        <source>&amp;Queue the key</source>
        <translation>排入登记队列(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../wizard/MokPasswordDialog.cpp" line="111"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>gpusetup::PythonEnvPage</name>
    <message>
        <location filename="../wizard/StagePages.cpp" line="626"/>
        <source>Remove environment</source>
        <translation>删除环境</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="627"/>
        <source>Remove the conda environment &quot;%1&quot; and everything installed in it?</source>
        <translation>要删除 conda 环境“%1”以及其中安装的所有软件包吗？</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="660"/>
        <source>Demo: nothing was run.</source>
        <translation>演示模式：没有执行任何命令。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="660"/>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="690"/>
        <source>Anaconda&apos;s Terms of Service</source>
        <translation>Anaconda 服务条款</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="691"/>
        <source>Miniconda installs packages from Anaconda&apos;s channels: %1.</source>
        <translation>Miniconda 从 Anaconda 的频道安装软件包：%1。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="692"/>
        <source>their use is subject to Anaconda&apos;s Terms of Service</source>
        <translation>使用这些频道须遵守 Anaconda 服务条款</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="697"/>
        <source>The channels: %1. General knowledge, not in the checked data: the terms require a paid licence for organisations of 200 or more people; students of a university should check its policy.

Do you agree to these terms? Miniforge needs none: it uses only the free conda-forge channel, and so does a mirror (TUNA, USTC, BFSU).</source>
        <translation>涉及的频道：%1。以下属于常识，不来自已核对的数据：该条款要求 200 人及以上的组织购买付费许可；大学的学生请查阅学校的规定。

你是否同意这些条款？Miniforge 不需要同意任何条款：它只使用免费的 conda-forge 频道；选用镜像源（TUNA、USTC、BFSU）同样不需要。</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="702"/>
        <source>I &amp;agree</source>
        <translation>我同意(&amp;A)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="703"/>
        <source>Use &amp;Miniforge instead</source>
        <translation>改用 Miniforge(&amp;M)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="711"/>
        <source>in the wizard</source>
        <translation>在向导中</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="727"/>
        <source>newest that fits</source>
        <translation>最新的合适版本</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="765"/>
        <source>The environment &quot;%1&quot; is ready. %2</source>
        <translation>环境“%1”已就绪。%2</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="766"/>
        <source>Once the environment &quot;%1&quot; is made: %2</source>
        <translation>环境“%1”创建之后：%2</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="772"/>
        <source>&amp;Framework:</source>
        <translation>框架(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="773"/>
        <source>None (Python only)</source>
        <translation>不装框架（仅 Python）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="774"/>
        <source>Framework &amp;version:</source>
        <translation>框架版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="775"/>
        <source>&amp;Python version:</source>
        <translation>Python 版本(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="776"/>
        <source>newest the framework supports</source>
        <translation>框架支持的最新版本</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="777"/>
        <source>&amp;Environment name:</source>
        <translation>环境名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="778"/>
        <source>Download &amp;mirror:</source>
        <translation>下载镜像(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="779"/>
        <source>Official servers</source>
        <translation>官方服务器</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="780"/>
        <source>Tsinghua University (TUNA)</source>
        <translation>清华大学（TUNA）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="781"/>
        <source>USTC</source>
        <translation>中国科学技术大学（USTC）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="782"/>
        <source>Beijing Foreign Studies University (BFSU)</source>
        <translation>北京外国语大学（BFSU）</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="783"/>
        <source>conda &amp;distribution:</source>
        <translation>conda 发行版(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="784"/>
        <source>conda environments on this computer</source>
        <translation>这台电脑上的 conda 环境</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="785"/>
        <source>conda environments</source>
        <translation>conda 环境</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="786"/>
        <source>Cre&amp;ate environment</source>
        <translation>创建环境(&amp;A)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="787"/>
        <source>Remove &amp;selected</source>
        <translation>删除所选(&amp;S)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePages.cpp" line="793"/>
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
        <location filename="../wizard/Pages.cpp" line="293"/>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="296"/>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="297"/>
        <source>%1 of %2 passed</source>
        <translation>%2 项中通过 %1 项</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="300"/>
        <source>Run the checks on the Verify page.</source>
        <translation>请在“验证”页运行检查。</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="301"/>
        <source>Your GPU environment works.</source>
        <translation>你的 GPU 环境可以正常使用。</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/Pages.cpp" line="302"/>
        <source>%n check(s) did not pass.</source>
        <translation>
            <numerusform>%n 项检查未通过。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="311"/>
        <source>Nothing yet.</source>
        <translation>暂无。</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/Pages.cpp" line="315"/>
        <source>… and %n earlier action(s), in the saved report.</source>
        <translation>
            <numerusform>…… 另有 %n 项更早的操作，见保存的报告。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="320"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="321"/>
        <source>shown only (demo)</source>
        <translation>仅展示（演示）</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="322"/>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="323"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="324"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="386"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="402"/>
        <source>A summary of every stage. Save the report for your teaching assistant: PDF or HTML to read, JSON for programs (gpu-setup report --read opens it), Markdown to paste. The report stays on this computer until you send it.</source>
        <translation>各阶段的汇总。把报告保存下来发给助教：PDF 或 HTML 便于阅读，JSON 供程序读取（可用 gpu-setup report --read 打开），Markdown 便于粘贴。报告只保存在这台电脑上，除非你自己发送出去。</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="406"/>
        <source>Why / what to do</source>
        <translation>原因 / 该做什么</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="408"/>
        <source>&lt;b&gt;What gpu-setup did on this computer&lt;/b&gt; (the wizard and the command line, before and after restarts):</source>
        <translation>&lt;b&gt;gpu-setup 在这台计算机上做过的操作&lt;/b&gt;（包括向导和命令行，重启前后）：</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="410"/>
        <source>&amp;Hide my user name, computer name and GPU serial numbers</source>
        <translation>隐藏我的用户名、计算机名和 GPU 序列号(&amp;H)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="411"/>
        <source>Save &amp;JSON</source>
        <translation>保存为 JSON(&amp;J)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="412"/>
        <source>Save &amp;Markdown</source>
        <translation>保存为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="413"/>
        <source>Save H&amp;TML</source>
        <translation>保存为 HTML(&amp;T)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="414"/>
        <source>Save &amp;PDF</source>
        <translation>保存为 PDF(&amp;P)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="415"/>
        <source>&amp;Copy summary</source>
        <translation>复制摘要(&amp;C)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="416"/>
        <source>&amp;Open folder</source>
        <translation>打开所在文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="372"/>
        <source>Could not save the report: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="250"/>
        <source>The summary is on the clipboard.</source>
        <translation>摘要已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="396"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="401"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="406"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="406"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="407"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
</context>
<context>
    <name>gpusetup::SetupWizard</name>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="44"/>
        <source>Quit the wizard?</source>
        <translation>退出向导？</translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="45"/>
        <source>Quit GPU Setup? Nothing more will change on this computer; you can start again any time.</source>
        <translation>要退出 GPU 环境配置向导吗？这台电脑上不会再有任何改动；你随时可以重新开始。</translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="107"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="180"/>
        <source>GPU Setup Wizard</source>
        <translation>GPU 环境配置向导</translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="182"/>
        <source>demo: %1</source>
        <translation>演示：%1</translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="187"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="188"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="189"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../wizard/SetupWizard.cpp" line="190"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
</context>
<context>
    <name>gpusetup::StageModel</name>
    <message>
        <location filename="../wizard/StageModel.cpp" line="166"/>
        <location filename="../wizard/StageModel.cpp" line="347"/>
        <source>This build of gpu-setup cannot enrol the key itself.</source>
        <translation>这个版本的 gpu-setup 无法自行登记密钥。</translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="243"/>
        <source>Stopped: the remaining steps did not run.</source>
        <translation>已停止：其余步骤没有执行。</translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="248"/>
        <source>Demo run finished: every step was shown, nothing on this computer changed.</source>
        <translation>演示运行结束：已展示每个步骤，这台电脑没有任何改动。</translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="250"/>
        <source>All steps of this stage finished.</source>
        <translation>本阶段的所有步骤已完成。</translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="261"/>
        <source>After this: %1</source>
        <translation>之后：%1</translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="266"/>
        <source>Demo: every step before the restart was shown; nothing on this computer changed.</source>
        <translation>演示：重启前的每一步都已展示；这台计算机没有任何改动。</translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="268"/>
        <source>Everything before the restart is done: restart the computer to finish this stage.</source>
        <translation>重启前的步骤都已完成：重启计算机以完成这个阶段。</translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="274"/>
        <source>Your turn: %1</source>
        <translation>请你手动完成：%1</translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="284"/>
        <source>Do this step yourself (shown above), then press Run again to continue.</source>
        <translation>请按上面的说明自己完成这一步，然后再次点击“运行”继续。</translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="319"/>
        <source>No NVIDIA module was built on this computer: Ubuntu installed its signed modules, so there is no key to enrol.</source>
        <translation>本机没有编译 NVIDIA 模块：Ubuntu 安装的是已签名的模块，因此无需登记密钥。</translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="325"/>
        <source>Your turn: choose the one-time password for the key.</source>
        <translation>轮到你了：为密钥设定一次性密码。</translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="340"/>
        <source>The key was not queued, so under Secure Boot the driver will not load. Press Run to choose the password.</source>
        <translation>密钥没有排入登记队列，开启安全启动时驱动不会加载。请按“运行”设定密码。</translation>
    </message>
    <message>
        <location filename="../wizard/StageModel.cpp" line="372"/>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
</context>
<context>
    <name>gpusetup::StagePage</name>
    <message>
        <location filename="../wizard/StagePage.cpp" line="41"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="42"/>
        <source>Needs action</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="43"/>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="44"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="45"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="46"/>
        <source>Checking this computer…</source>
        <translation>正在检查这台电脑…</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="174"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="178"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="181"/>
        <source>%1 min %2 s left</source>
        <translation>剩余 %1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="270"/>
        <source>&amp;Why?</source>
        <translation>为什么？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="271"/>
        <source>Why this step matters</source>
        <translation>这一步为什么重要</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="273"/>
        <source>&amp;Do this stage anyway</source>
        <translation>仍然完成这一阶段(&amp;D)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="276"/>
        <source>Exact commands (demo: shown, never run on this computer):</source>
        <translation>将执行的确切命令（演示模式：只展示，不会在这台电脑上运行）：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="277"/>
        <source>Exact commands that Run will perform (nothing changes before you press Run):</source>
        <translation>点击“运行”后将执行的确切命令（点击之前不会有任何改动）：</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="278"/>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="279"/>
        <source>Cop&amp;y commands</source>
        <translation>复制命令(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="280"/>
        <source>&amp;Run (demo)</source>
        <translation>运行（演示）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="280"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="281"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="282"/>
        <source>Re-&amp;check</source>
        <translation>重新检查(&amp;E)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="283"/>
        <source>S&amp;kip this stage</source>
        <translation>跳过此阶段(&amp;K)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="284"/>
        <source>Show &amp;log</source>
        <translation>显示日志(&amp;L)</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="285"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../wizard/StagePage.cpp" line="286"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>gpusetup::VerifyPage</name>
    <message>
        <location filename="../wizard/Pages.cpp" line="146"/>
        <source>not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="147"/>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="148"/>
        <source>fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="149"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="150"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="154"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="160"/>
        <source>The checks are not part of this build yet.</source>
        <translation>此版本尚未包含这些检查。</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="162"/>
        <source>Checking… each test can take up to a minute.</source>
        <translation>正在检查…每项测试最多需要一分钟。</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="167"/>
        <source>All checks passed: your GPU environment works.</source>
        <translation>全部检查通过：你的 GPU 环境可以正常工作。</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="168"/>
        <source>Every check your plan needs passed: your GPU environment works. (No CUDA toolkit is in your plan, so nvcc is not needed.)</source>
        <translation>你的方案所需的检查全部通过：GPU 环境可以使用。（方案中没有 CUDA 工具包，因此不需要 nvcc。）</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="171"/>
        <source>Some checks did not pass; the Report page lists what to do.</source>
        <translation>有检查未通过；“报告”页列出了解决办法。</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="172"/>
        <source>Not verified yet: %1 did not run. Create the Python environment first, then run the checks again.</source>
        <translation>尚未验证：%1 没有运行。请先创建 Python 环境，再运行检查。</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="181"/>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="182"/>
        <source>Proof that everything fits together: nvidia-smi talks to the driver, nvcc compiles and runs a small CUDA program, and in your environment PyTorch sees the GPU and multiplies two matrices on it. Each check shows pass or fail and how long it took.</source>
        <translation>证明各部分确实配合无误：nvidia-smi 能与驱动通信，nvcc 能编译并运行一个小的 CUDA 程序，在你的环境里 PyTorch 能识别 GPU 并在上面做一次矩阵乘法。每项检查都会显示通过或失败以及耗时。</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="186"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="186"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="186"/>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="186"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="187"/>
        <source>Verification results</source>
        <translation>验证结果</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="188"/>
        <source>&amp;Run checks (demo)</source>
        <translation>运行检查（演示）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="188"/>
        <source>&amp;Run checks</source>
        <translation>运行检查(&amp;R)</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="189"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
</context>
<context>
    <name>gpusetup::WelcomePage</name>
    <message>
        <location filename="../wizard/Pages.cpp" line="73"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="74"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="75"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="78"/>
        <source>&lt;p&gt;This wizard takes you from &quot;do I have a usable NVIDIA GPU?&quot; to a working deep-learning environment, one page per step:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;GPU&lt;/b&gt;: which card you have, or where to get GPU time;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Driver&lt;/b&gt;: the NVIDIA driver;&lt;/li&gt;&lt;li&gt;&lt;b&gt;CUDA&lt;/b&gt; and &lt;b&gt;cuDNN&lt;/b&gt;: NVIDIA&apos;s toolkit and library, often optional;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Python environment&lt;/b&gt;: conda, a mirror, an environment with PyTorch;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verify&lt;/b&gt;: proof that the GPU computes, then a &lt;b&gt;report&lt;/b&gt; for your teaching assistant.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Each page first checks this computer, then says what is done and what is missing, and why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本向导带你从“我有没有能用的 NVIDIA 显卡？”一路走到可用的深度学习环境，每一步一页：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;显卡&lt;/b&gt;：你有哪块显卡，或者去哪里获得 GPU 算力；&lt;/li&gt;&lt;li&gt;&lt;b&gt;驱动&lt;/b&gt;：NVIDIA 驱动；&lt;/li&gt;&lt;li&gt;&lt;b&gt;CUDA&lt;/b&gt; 和 &lt;b&gt;cuDNN&lt;/b&gt;：NVIDIA 的工具包和库，往往是可选的；&lt;/li&gt;&lt;li&gt;&lt;b&gt;Python 环境&lt;/b&gt;：conda、镜像源，以及装有 PyTorch 的环境；&lt;/li&gt;&lt;li&gt;&lt;b&gt;验证&lt;/b&gt;：证明 GPU 真的能计算，最后生成一份给助教的&lt;b&gt;报告&lt;/b&gt;。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;每一页都会先检查这台电脑，再告诉你哪些已经完成、还缺什么，以及原因。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="89"/>
        <source>&lt;p&gt;&lt;b&gt;Nothing changes without your confirmation:&lt;/b&gt; every page shows the exact commands first and runs them only when you press Run; steps that need administrator rights ask for your password through the system.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nothing is sent anywhere:&lt;/b&gt; the checks read this computer only; downloads come from NVIDIA, conda and PyTorch servers or the mirror you choose. The report stays on your disk until you share it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;未经你确认，不会做任何改动：&lt;/b&gt;每一页都先列出确切的命令，只有点击“运行”后才会执行；需要管理员权限的步骤会通过系统请你输入密码。&lt;/p&gt;&lt;p&gt;&lt;b&gt;不会向任何地方发送数据：&lt;/b&gt;检查只读取这台电脑；下载只来自 NVIDIA、conda、PyTorch 的服务器或你选择的镜像。报告保存在你的磁盘上，由你决定是否分享。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/Pages.cpp" line="95"/>
        <source>Demo mode: this wizard shows a recorded computer (%1). Every step is a dry run; nothing on this computer is changed.</source>
        <translation>演示模式：本向导展示的是一台录制下来的电脑（%1）。每个步骤都只是演练，不会改动这台电脑。</translation>
    </message>
</context>
<context>
    <name>gpusetup::WizardSession</name>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="207"/>
        <source>Could not save the wizard&apos;s state to %1: %2</source>
        <translation>无法把向导状态保存到 %1：%2</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="387"/>
        <source>Could not remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="401"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="409"/>
        <source>Reopen the wizard once after the restart</source>
        <translation>重启后再次打开向导一次</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="414"/>
        <source>removed again when the wizard opens after the restart</source>
        <translation>重启后向导打开时会再删除</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="425"/>
        <source>Restart the computer</source>
        <translation>重启计算机</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="436"/>
        <source>Restart requested; afterwards the wizard continues on the page that waited.</source>
        <translation>已请求重启；重启后向导会回到等待中的那一页继续。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="453"/>
        <source>The computer has not restarted yet: the NVIDIA driver loads only after a restart.</source>
        <translation>计算机还没有重启：NVIDIA 驱动要重启后才会加载。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="463"/>
        <source>After the restart the NVIDIA driver %1 still works.</source>
        <translation>重启后 NVIDIA 驱动 %1 仍然正常。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="464"/>
        <source>After the restart: the NVIDIA driver %1 is now loaded.</source>
        <translation>重启后：NVIDIA 驱动 %1 已加载。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="467"/>
        <source>The key was enrolled, so Secure Boot accepts it.</source>
        <translation>密钥已登记，安全启动会接受它。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="472"/>
        <source>After the restart the key still waits for enrolment, so the NVIDIA driver is not loaded: restart again and, in the blue screen, choose &quot;Enroll MOK&quot; within 10 seconds.</source>
        <translation>重启后密钥仍在等待登记，所以 NVIDIA 驱动没有加载：请再重启一次，并在蓝色界面出现后 10 秒内选择“Enroll MOK”。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="477"/>
        <source>After the restart the open-source nouveau driver still holds the GPU.</source>
        <translation>重启后开源的 nouveau 驱动仍占用着显卡。</translation>
    </message>
    <message>
        <location filename="../wizard/WizardSession.cpp" line="479"/>
        <source>After the restart the NVIDIA driver is still not loaded (%1).</source>
        <translation>重启后 NVIDIA 驱动仍未加载（%1）。</translation>
    </message>
</context>
</TS>
