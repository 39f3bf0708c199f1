<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>gpusetup</name>
    <message>
        <location filename="../core/actions/MirrorConfig.cpp" line="+92"/>
        <source>line %1 is indented with a tab, which YAML does not allow</source>
        <translation>第 %1 行用了制表符（Tab）缩进，YAML 不允许这样做</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1 (&quot;%2&quot;) is not a simple &quot;key: value&quot; entry</source>
        <translation>第 %1 行（“%2”）不是简单的“key: value”条目</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>line %1 is indented but continues no setting</source>
        <translation>第 %1 行有缩进，但不属于任何设置项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the section [%1] appears twice, which pip rejects</source>
        <translation>[%1] 小节出现了两次，pip 不接受这种写法</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1 (&quot;%2&quot;) is not a &quot;key = value&quot; setting</source>
        <translation>第 %1 行（“%2”）不是“key = value”形式的设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1 comes before any [section] header, which pip rejects</source>
        <translation>第 %1 行出现在所有 [section] 小节标题之前，pip 不接受这种写法</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is set twice in [%2]</source>
        <translation>“%1”在 [%2] 中设置了两次</translation>
    </message>
</context>
<context>
    <name>gpusetup::Advice</name>
    <message>
        <location filename="../core/advice/Advisor.cpp" line="+117"/>
        <source>Skipped because no NVIDIA GPU was found: CUDA programs need one.</source>
        <translation>已跳过：没有找到 NVIDIA 显卡，CUDA 程序需要它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped because no NVIDIA GPU was found: cuDNN needs CUDA and a GPU.</source>
        <translation>已跳过：没有找到 NVIDIA 显卡，cuDNN 需要 CUDA 和显卡。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NVIDIA driver</source>
        <translation>NVIDIA 驱动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA toolkit</source>
        <translation>CUDA 工具包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cuDNN</source>
        <translation>cuDNN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Python environment</source>
        <translation>Python 环境</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs action</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (from data marked unverified)</source>
        <translation>（来自标记为未核实的数据）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Also possible:</source>
        <translation>其他可选方案：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compatibility data as of %1.</source>
        <translation>兼容性数据截至 %1。</translation>
    </message>
    <message>
        <location filename="../core/advice/CudnnAdvice.cpp" line="+119"/>
        <source>the header is there but not the library.</source>
        <translation>有头文件，但没有库文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the header says %1 but the library is libcudnn.so.%2.</source>
        <translation>头文件显示版本为 %1，但库文件是 libcudnn.so.%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cuDNN in %1 is inconsistent: %2</source>
        <translation>%1 中的 cuDNN 不一致：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stale cuDNN files (header and libcudnn*) from %1 and install one cuDNN matching your CUDA.</source>
        <translation>请从 %1 删除残留的 cuDNN 文件（头文件和 libcudnn*），然后安装一个与你的 CUDA 匹配的 cuDNN。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cuDNN %1 in %2 was built for CUDA %3, but the toolkit is CUDA %4: programs built against it will not load it.</source>
        <translation>%2 中的 cuDNN %1 是为 CUDA %3 构建的，但 CUDA 工具包是 CUDA %4：用该工具包编译的程序将无法加载它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install a cuDNN built for CUDA %1 (cuda%1 archive) and remove the other one from the library path.</source>
        <translation>请安装为 CUDA %1 构建的 cuDNN（cuda%1 压缩包），并把另一个从库搜索路径中移除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You chose not to install cuDNN.</source>
        <translation>你选择了不安装 cuDNN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TensorFlow %1 needs cuDNN %2 next to CUDA %3.</source>
        <translation>TensorFlow %1 需要与 CUDA %3 配套的 cuDNN %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install cuDNN %1, or choose TensorFlow 2.14 or newer.</source>
        <translation>请安装 cuDNN %1，或改用 TensorFlow 2.14 及更新版本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not needed: the framework&apos;s pip packages include cuDNN.</source>
        <translation>无需安装：深度学习框架的 pip 包已自带 cuDNN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No framework chosen: cuDNN is only needed to build deep-learning code against it yourself.</source>
        <translation>未选择深度学习框架：只有在你要自己编译基于 cuDNN 的深度学习代码时才需要它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You do not need to install cuDNN: the framework&apos;s pip packages bring their own cuDNN.</source>
        <translation>你不需要安装 cuDNN：深度学习框架的 pip 包自带 cuDNN。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install cuDNN only to compile code that uses it.</source>
        <translation>只有在需要编译使用 cuDNN 的代码时才安装它。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cuDNN needs a CUDA toolkit first.</source>
        <translation>cuDNN 需要先安装 CUDA 工具包。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cuDNN is built for one CUDA major version, and no CUDA toolkit is installed or planned.</source>
        <translation>cuDNN 是针对某一个 CUDA 主版本构建的，而目前既没有安装、也没有计划安装 CUDA 工具包。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose to install the CUDA toolkit too.</source>
        <translation>请选择同时安装 CUDA 工具包。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cuDNN %1.x is the last line for compute capability %2: the cuDNN %3 support matrix no longer lists it.</source>
        <translation>cuDNN %1.x 是支持计算能力 %2 的最后一个版本系列：cuDNN %3 的支持矩阵已不再包含它。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No cuDNN support matrix in the data lists compute capability %1.</source>
        <translation>数据中没有任何 cuDNN 支持矩阵包含计算能力 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cuDNN may not run on this GPU.</source>
        <translation>cuDNN 可能无法在这块显卡上运行。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cuDNN %1 for CUDA %2 is installed in %3.</source>
        <translation>%3 中已安装适用于 CUDA %2 的 cuDNN %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cuDNN %1 in %2 matches CUDA %3.</source>
        <translation>%2 中的 cuDNN %1 与 CUDA %3 匹配。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No cuDNN archive in the data fits CUDA %1.</source>
        <translation>数据中没有适用于 CUDA %1 的 cuDNN 压缩包。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data has no cuDNN archive with a checksum for CUDA %1 on this GPU.</source>
        <translation>数据中没有适用于这块显卡、CUDA %1 且带校验和的 cuDNN 压缩包。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data has no cuDNN %1 archive with a checksum for CUDA %2.</source>
        <translation>数据中没有适用于 CUDA %2 且带校验和的 cuDNN %1 压缩包。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another CUDA version.</source>
        <translation>请选择其他 CUDA 版本。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Download cuDNN %1 for CUDA %2</source>
        <translation>下载适用于 CUDA %2 的 cuDNN %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create %1</source>
        <translation>创建 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unpack cuDNN into %1</source>
        <translation>把 cuDNN 解压到 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy the cuDNN headers into %1/include</source>
        <translation>把 cuDNN 头文件复制到 %1/include</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the cuDNN libraries into %1/lib64</source>
        <translation>把 cuDNN 库文件复制到 %1/lib64</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add %1/%2 to LD_LIBRARY_PATH (gpu-setup block in %3)</source>
        <translation>把 %1/%2 加入 LD_LIBRARY_PATH（写在 %3 中的 gpu-setup 配置块里）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Read the installed cuDNN version from its header</source>
        <translation>从头文件读取已安装的 cuDNN 版本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cuDNN %1 (built for CUDA %2) will be copied into the toolkit in %3.</source>
        <translation>cuDNN %1（为 CUDA %2 构建）将被复制到 %3 中的 CUDA 工具包里。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cuDNN %1 (built for CUDA %2) will be kept in %3, which needs no root; LD_LIBRARY_PATH will point there.</source>
        <translation>cuDNN %1（为 CUDA %2 构建）将放在 %3，不需要 root 权限；LD_LIBRARY_PATH 会指向那里。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No CUDA toolkit is planned; this cuDNN is for CUDA %1, the CUDA of your PyTorch wheel.</source>
        <translation>没有计划安装 CUDA 工具包；这个 cuDNN 对应 CUDA %1，即你的 PyTorch wheel 包所用的 CUDA。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install cuDNN %1 for CUDA %2.</source>
        <translation>安装适用于 CUDA %2 的 cuDNN %1。</translation>
    </message>
    <message>
        <location filename="../core/advice/DriverAdvice.cpp" line="+144"/>
        <source>Reboot the computer %1.</source>
        <translation>重启电脑%1。</translation>
    </message>
    <message>
        <location line="+130"/>
        <location line="+32"/>
        <source>Refresh the package lists.</source>
        <translation>刷新软件包列表。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Install the NVIDIA %1 server (compute) driver with Ubuntu&apos;s tool.</source>
        <translation>用 Ubuntu 自带的工具安装 NVIDIA %1 服务器版（计算用）驱动。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the NVIDIA %1 driver with Ubuntu&apos;s tool (it also blacklists nouveau).</source>
        <translation>用 Ubuntu 自带的工具安装 NVIDIA %1 驱动（它同时会禁用 nouveau）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Debian ships the NVIDIA driver in its contrib and non-free sections, which are off by default.</source>
        <translation>Debian 把 NVIDIA 驱动放在 contrib 和 non-free 组件中，这些组件默认未启用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &quot;contrib non-free non-free-firmware&quot; after &quot;main&quot; on the deb lines of /etc/apt/sources.list (or the Components: line of /etc/apt/sources.list.d/debian.sources).</source>
        <translation>在 /etc/apt/sources.list 的 deb 行中，于“main”之后加上“contrib non-free non-free-firmware”（或者修改 /etc/apt/sources.list.d/debian.sources 中的 Components: 行）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enable the contrib, non-free and non-free-firmware sections in the APT sources.</source>
        <translation>在 APT 软件源中启用 contrib、non-free 和 non-free-firmware 组件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install Debian&apos;s NVIDIA driver and the kernel headers its module is built against.</source>
        <translation>安装 Debian 的 NVIDIA 驱动，以及编译其内核模块所需的内核头文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Debian&apos;s nvidia-driver package follows one branch per Debian release; this machine needs %1 or newer.</source>
        <translation>Debian 的 nvidia-driver 软件包在每个 Debian 版本中只提供一个驱动分支；这台电脑需要 %1 或更新的版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check with `apt-cache policy nvidia-driver`; if it is older, take the driver from backports or NVIDIA&apos;s CUDA repository.</source>
        <translation>用 `apt-cache policy nvidia-driver` 查看版本；如果版本太旧，请从 backports 或 NVIDIA 的 CUDA 软件源安装驱动。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>gpu-setup installs drivers only on Ubuntu and Debian.</source>
        <translation>gpu-setup 只在 Ubuntu 和 Debian 上安装驱动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the NVIDIA %1 driver (or newer) with your distribution&apos;s package manager.</source>
        <translation>请用你所用发行版的包管理器安装 NVIDIA %1（或更新版本）驱动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install the NVIDIA %1 driver with your distribution&apos;s tools.</source>
        <translation>请用你所用发行版的工具安装 NVIDIA %1 驱动。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The chosen software needs driver %1 or newer, but the last driver branch for %2 GPUs is %3.</source>
        <translation>所选软件需要 %1 或更新的驱动，但 %2 架构显卡的最后一个驱动分支是 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an older framework build (an older CUDA) that this GPU&apos;s last driver runs, or use a cloud GPU.</source>
        <translation>请选择这块显卡最后一个驱动能运行的较旧框架版本（对应较旧的 CUDA），或者使用云端 GPU。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 GPUs end with driver branch %2: install that one, not a newer branch.</source>
        <translation>%1 架构的显卡最高只支持到 %2 驱动分支：请安装这个分支，不要安装更新的分支。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the chosen PyTorch wheel %1</source>
        <translation>所选的 PyTorch %1 wheel 包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the CUDA %1 toolkit</source>
        <translation>CUDA %1 工具包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA %1</source>
        <translation>CUDA %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chosen software</source>
        <translation>所选软件</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (CUDA %1)</source>
        <translation>（CUDA %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Driver %1 is too old: %2 needs %3 or newer%4.</source>
        <translation>驱动 %1 版本太旧：%2需要 %3 或更新的驱动%4。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driver %1 runs CUDA up to %2; %3 needs %4 or newer%5.</source>
        <translation>驱动 %1 最高支持 CUDA %2；%3需要 %4 或更新的驱动%5。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update the NVIDIA driver on Windows.</source>
        <translation>请在 Windows 中更新 NVIDIA 驱动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade the driver (steps below), then reboot.</source>
        <translation>请升级驱动（步骤见下方），然后重启。</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Secure Boot is on; the installed driver uses Ubuntu&apos;s prebuilt modules, signed by Canonical, so no key of yours needs enrolling.</source>
        <translation>安全启动已开启；已安装的驱动使用 Ubuntu 预编译、由 Canonical 签名的内核模块，无需登记你自己的密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secure Boot is on; Ubuntu has prebuilt NVIDIA %1 modules for this kernel (%2), signed by Canonical, so the driver loads without enrolling a key.</source>
        <translation>安全启动已开启；Ubuntu 为这个内核（%2）提供了由 Canonical 签名的 NVIDIA %1 预编译模块，驱动无需登记密钥即可加载。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Secure Boot is on: the NVIDIA module is built on this computer (DKMS), and the firmware loads it only once its signing key is enrolled in the MOK list (Machine Owner Key).</source>
        <translation>安全启动已开启：NVIDIA 模块在本机编译（DKMS），只有把签名它的密钥登记到 MOK 列表（机器所有者密钥）之后，固件才会加载它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(apt could not say whether Ubuntu has signed prebuilt modules for this kernel, so the key is prepared in case it is needed.)</source>
        <translation>（apt 无法确定 Ubuntu 是否为这个内核提供了已签名的预编译模块，所以先准备好密钥，以备需要。）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You choose a one-time password; at the next start a blue &quot;Perform MOK management&quot; screen appears: choose &quot;Enroll MOK&quot;, &quot;Continue&quot;, &quot;Yes&quot;, type that password, then &quot;Reboot&quot;. If you miss the screen the driver stays unloaded. Alternatively, turn Secure Boot off in the firmware settings.</source>
        <translation>你先设定一个一次性密码；下次开机时会出现蓝色的“Perform MOK management”界面：依次选择“Enroll MOK”、“Continue”、“Yes”，输入这个密码，再选“Reboot”。错过这个界面，驱动就不会加载。也可以在固件设置中关闭安全启动。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Queue the key that signs the NVIDIA module for enrolment at the next start (you choose a one-time password).</source>
        <translation>把签名 NVIDIA 模块的密钥排入下次开机时的登记队列（你设定一个一次性密码）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At the next start, in the blue MokManager screen: &quot;Enroll MOK&quot;, &quot;Continue&quot;, &quot;Yes&quot;, the one-time password, &quot;Reboot&quot;.</source>
        <translation>下次开机时，在蓝色的 MokManager 界面中：“Enroll MOK”、“Continue”、“Yes”、输入一次性密码、“Reboot”。</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>No NVIDIA GPU reaches WSL, so no driver to check.</source>
        <translation>WSL 中看不到 NVIDIA 显卡，因此没有驱动可检查。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped because no NVIDIA GPU was found: there is no driver to install.</source>
        <translation>已跳过：没有找到 NVIDIA 显卡，无需安装驱动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no NVIDIA GPU for a driver to drive.</source>
        <translation>没有 NVIDIA 显卡，也就用不到 NVIDIA 驱动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In WSL the GPU comes from the Windows NVIDIA driver: install or update it on Windows.</source>
        <translation>在 WSL 中，GPU 由 Windows 上的 NVIDIA 驱动提供：请在 Windows 中安装或更新驱动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to install here; see the GPU stage.</source>
        <translation>这里无需安装任何东西；请查看 GPU 阶段。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is older than the systems gpu-setup supports (Ubuntu 22.04, 24.04, Debian 12); NVIDIA&apos;s repository for it ends with CUDA %2.</source>
        <translation>%1 比 gpu-setup 支持的系统（Ubuntu 22.04、24.04、Debian 12）更旧；NVIDIA 为它提供的软件源最高只到 CUDA %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is older than the systems gpu-setup supports (Ubuntu 22.04, 24.04, Debian 12).</source>
        <translation>%1 比 gpu-setup 支持的系统（Ubuntu 22.04、24.04、Debian 12）更旧。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newer drivers and current framework wheels may not install on it: upgrade to Ubuntu 22.04 or 24.04 first if you can.</source>
        <translation>较新的驱动和当前的框架 wheel 包可能无法在它上面安装：如果可以，请先升级到 Ubuntu 22.04 或 24.04。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In WSL the NVIDIA driver is the Windows one; never install a Linux NVIDIA driver inside WSL (it breaks the GPU passthrough).</source>
        <translation>在 WSL 中，NVIDIA 驱动就是 Windows 上的那个；切勿在 WSL 内安装 Linux 版 NVIDIA 驱动（这会破坏 GPU 直通）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Windows NVIDIA driver %1 works in WSL.</source>
        <translation>Windows 上的 NVIDIA 驱动 %1 在 WSL 中工作正常。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update the NVIDIA driver on Windows (%1 is too old).</source>
        <translation>请在 Windows 中更新 NVIDIA 驱动（%1 太旧）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows NVIDIA driver does not reach WSL.</source>
        <translation>Windows 上的 NVIDIA 驱动没有连通到 WSL。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The NVIDIA driver does not answer inside WSL (%1).</source>
        <translation>NVIDIA 驱动在 WSL 中没有响应（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the current NVIDIA driver on Windows, run `wsl --update` in Windows, then `wsl --shutdown`.</source>
        <translation>请在 Windows 中安装最新的 NVIDIA 驱动，在 Windows 中运行 `wsl --update`，然后运行 `wsl --shutdown`。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update the NVIDIA driver on Windows (GeForce Experience / NVIDIA app, or nvidia.com), then run `wsl --shutdown` and reopen WSL.</source>
        <translation>请在 Windows 中更新 NVIDIA 驱动（通过 GeForce Experience / NVIDIA App，或从 nvidia.com 下载），然后运行 `wsl --shutdown` 并重新打开 WSL。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A driver update waits for a reboot.</source>
        <translation>驱动更新后需要重启才能生效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running kernel module is %1 but the installed driver library is %2: the driver was updated and the old module is still loaded.</source>
        <translation>正在运行的内核模块版本是 %1，但已安装的驱动库版本是 %2：驱动已经更新，但旧模块仍在内存中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NVIDIA driver packages were updated and the system asks for a reboot.</source>
        <translation>NVIDIA 驱动软件包已更新，系统要求重启。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reboot; until then CUDA programs fail with &quot;driver/library version mismatch&quot;.</source>
        <translation>请重启；在重启之前，CUDA 程序会报“driver/library version mismatch”错误而无法运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to load the updated driver</source>
        <translation>，以加载更新后的驱动</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nvidia-smi did not answer: the driver is probably hung.</source>
        <translation>nvidia-smi 没有响应：驱动可能卡死了。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot. If it happens again, look at `sudo dmesg` for NVRM/Xid errors; overheating or a weak power supply are common causes.</source>
        <translation>请重启。如果问题再次出现，请用 `sudo dmesg` 查看 NVRM/Xid 错误；常见原因是过热或电源功率不足。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NVIDIA driver hangs.</source>
        <translation>NVIDIA 驱动卡死了。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The driver lost the GPU (it fell off the bus).</source>
        <translation>驱动与显卡失去了联系（显卡从总线上掉线了）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot. If it comes back, check `sudo dmesg` for Xid 79, reseat the card and its power cables, and make sure the power supply is big enough.</source>
        <translation>请重启。如果问题再次出现，请用 `sudo dmesg` 查找 Xid 79 错误，重新插紧显卡及其供电线，并确认电源功率足够。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The GPU fell off the bus.</source>
        <translation>显卡从总线上掉线了。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kernel module is loaded but NVML cannot talk to it%1.</source>
        <translation>内核模块已加载，但 NVML 无法与它通信%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reboot; if it stays, reinstall the driver package so the library and the module come from the same version, and check `sudo dmesg`.</source>
        <translation>请重启；如果问题依旧，请重新安装驱动软件包，使驱动库和内核模块版本一致，并检查 `sudo dmesg`。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NVIDIA driver does not answer.</source>
        <translation>NVIDIA 驱动没有响应。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The driver is loaded but sees no GPU.</source>
        <translation>驱动已加载，但没有发现任何显卡。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot; check `sudo dmesg` for NVRM errors, that the card sits firmly and its power cables are plugged in, and that the driver supports this GPU.</source>
        <translation>请重启；用 `sudo dmesg` 检查 NVRM 错误，确认显卡插紧、供电线已接好，并确认该驱动支持这块显卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NVIDIA driver sees no GPU.</source>
        <translation>NVIDIA 驱动没有发现任何显卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and check again</source>
        <translation>，然后重新检查</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Driver %1 is too old; upgrade to %2.</source>
        <translation>驱动 %1 太旧；请升级到 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to load the new driver</source>
        <translation>，以加载新驱动</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>NVIDIA driver %1 works.</source>
        <translation>NVIDIA 驱动 %1 工作正常。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>NVIDIA driver %1 works and meets the %2 that %3 needs.</source>
        <translation>NVIDIA 驱动 %1 工作正常，满足%3所需的 %2。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The NVIDIA driver is installed, but the open-source nouveau driver holds the GPU.</source>
        <translation>NVIDIA 驱动已安装，但显卡被开源的 nouveau 驱动占用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The open-source nouveau driver holds the GPU; it cannot run CUDA.</source>
        <translation>显卡被开源的 nouveau 驱动占用；nouveau 无法运行 CUDA。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blacklist nouveau, rebuild the initramfs and reboot so the NVIDIA driver can take the GPU.</source>
        <translation>禁用 nouveau，重新生成 initramfs 并重启，让 NVIDIA 驱动接管显卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace nouveau with the NVIDIA driver.</source>
        <translation>用 NVIDIA 驱动替换 nouveau。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NVIDIA driver packages are installed but the kernel module is not loaded.</source>
        <translation>NVIDIA 驱动软件包已安装，但内核模块没有加载。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With Secure Boot on, the module is usually refused because its key is not enrolled; see below.</source>
        <translation>开启安全启动时，模块通常因为签名密钥未登记而被拒绝加载；见下文。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reboot; if it still does not load, check `dkms status` and `sudo dmesg` (the module may have failed to build for this kernel).</source>
        <translation>请重启；如果仍然没有加载，请检查 `dkms status` 和 `sudo dmesg`（模块可能没能为当前内核编译成功）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The NVIDIA driver is installed but not loaded.</source>
        <translation>NVIDIA 驱动已安装但未加载。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stop nouveau from loading at boot.</source>
        <translation>禁止 nouveau 在开机时加载。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rebuild the initramfs so the blacklist applies at boot.</source>
        <translation>重新生成 initramfs，使禁用设置在开机时生效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>to load the NVIDIA driver</source>
        <translation>，以加载 NVIDIA 驱动</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>No NVIDIA driver is installed.</source>
        <translation>尚未安装 NVIDIA 驱动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the NVIDIA %1 driver (steps below) and reboot.</source>
        <translation>请安装 NVIDIA %1 驱动（步骤见下方）并重启。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install the NVIDIA %1 driver.</source>
        <translation>安装 NVIDIA %1 驱动。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The NVIDIA driver&apos;s state could not be checked.</source>
        <translation>无法检查 NVIDIA 驱动的状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The driver&apos;s state could not be determined%1.</source>
        <translation>无法确定驱动的状态%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run `nvidia-smi` and `lsmod | grep nvidia` and run gpu-setup again.</source>
        <translation>请运行 `nvidia-smi` 和 `lsmod | grep nvidia`，然后重新运行 gpu-setup。</translation>
    </message>
    <message>
        <location filename="../core/advice/FrameworkAdvice.cpp" line="+155"/>
        <source>The plan uses Python %1 instead.</source>
        <translation>方案改用 Python %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To keep Python %1, choose %2 instead.</source>
        <translation>如果想保留 Python %1，请改选 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 supports Python %2 to %3, not Python %4.</source>
        <translation>%1 支持 Python %2 到 %3，不支持 Python %4。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The compatibility data lists no PyTorch release.</source>
        <translation>兼容性数据中没有任何 PyTorch 版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+296"/>
        <source>Reinstall gpu-setup or pass --knowledge.</source>
        <translation>请重新安装 gpu-setup，或用 --knowledge 指定数据文件。</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>PyTorch %1 is not in the compatibility data.</source>
        <translation>兼容性数据中没有 PyTorch %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan uses PyTorch %1, the newest release in the data.</source>
        <translation>方案改用数据中最新的 PyTorch %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data on PyTorch %1 comes from unconfirmed sources.</source>
        <translation>关于 PyTorch %1 的数据来自未经确认的来源。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer a verified release unless you need this one.</source>
        <translation>除非你确实需要这个版本，否则建议选择已核实的版本。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The data gives no Python range for PyTorch %1.</source>
        <translation>数据中没有给出 PyTorch %1 支持的 Python 版本范围。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let conda pick a matching Python, or choose one with --python.</source>
        <translation>让 conda 自动选择匹配的 Python，或用 --python 指定一个版本。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>PyTorch %1 is built for CUDA %2 (wheels %3): it needs CUDA &gt;= %4, that is an NVIDIA driver &gt;= %5.</source>
        <translation>PyTorch %1 是针对 CUDA %2 构建的（wheel 包 %3）：它需要 CUDA &gt;= %4，也就是 NVIDIA 驱动 &gt;= %5。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PyTorch %1 is published as pip wheels only; the conda command (-c pytorch -c nvidia) ends with PyTorch %2.</source>
        <translation>PyTorch %1 只以 pip wheel 包形式发布；conda 安装命令（-c pytorch -c nvidia）最高只到 PyTorch %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install it with pip inside a conda environment, as planned.</source>
        <translation>按方案在 conda 环境中用 pip 安装它。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No NVIDIA GPU: the plan installs the CPU wheel of PyTorch %1.</source>
        <translation>没有 NVIDIA 显卡：方案将安装 PyTorch %1 的 CPU 版 wheel 包。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+222"/>
        <source>You can learn on the CPU, or use a free cloud GPU (Colab, Kaggle).</source>
        <translation>你可以用 CPU 学习，或者使用免费的云端 GPU（Colab、Kaggle）。</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>No CUDA wheel of PyTorch %1 (%2) runs on the %3 (compute capability %4).</source>
        <translation>PyTorch %1（%2）没有能在 %3（计算能力 %4）上运行的 CUDA wheel 包。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use PyTorch %1 or newer with the %2 wheel.</source>
        <translation>请使用 PyTorch %1 或更新版本的 %2 wheel 包。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan installs the CPU wheel.</source>
        <translation>方案将安装 CPU 版 wheel 包。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PyTorch %1 still has a %2 wheel for this GPU.</source>
        <translation>PyTorch %1 仍有适用于这块显卡的 %2 wheel 包。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A free cloud GPU (Colab, Kaggle) is the practical way to train on a GPU.</source>
        <translation>想用 GPU 训练，免费的云端 GPU（Colab、Kaggle）是切实可行的办法。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No CUDA wheel of PyTorch %1 runs on the %2 (compute capability %3).</source>
        <translation>PyTorch %1 没有能在 %2（计算能力 %3）上运行的 CUDA wheel 包。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 wheels of PyTorch %2 leave out compute capability %3 (%4).</source>
        <translation>PyTorch %2 的 %1 wheel 包不包含计算能力 %3（%4）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan uses a wheel that includes it.</source>
        <translation>方案改用包含它的 wheel 包。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Driver %1 runs the %2 wheel through CUDA %3.x minor-version compatibility (driver &gt;= %4); CUDA %5 itself lists driver %6.</source>
        <translation>借助 CUDA %3.x 的小版本兼容机制（要求驱动 &gt;= %4），驱动 %1 可以运行 %2 wheel 包；CUDA %5 本身列出的驱动要求是 %6。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No driver change is needed.</source>
        <translation>无需更换驱动。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The %1 wheel of PyTorch %2 needs driver %3 or newer; this machine runs %4.</source>
        <translation>PyTorch %2 的 %1 wheel 包需要 %3 或更新的驱动；这台电脑的驱动是 %4。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+152"/>
        <source>The driver stage plans the upgrade.</source>
        <translation>驱动阶段会安排升级。</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>PyTorch %1 with the %2 wheel (CUDA %3) runs on the %4 (compute capability %5).</source>
        <translation>PyTorch %1 的 %2 wheel 包（CUDA %3）可以在 %4（计算能力 %5）上运行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data cannot tell whether the %1 wheel of PyTorch %2 runs on the %3; the plan assumes it does.</source>
        <translation>数据无法确定 PyTorch %2 的 %1 wheel 包能否在 %3 上运行；方案假定可以。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(No arch list for this release in the data: judged from %1.)</source>
        <translation>（数据中没有这个版本的架构列表：根据数据条目“%1”推断。）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The wheel brings its own CUDA runtime and cuDNN: only the driver is needed.</source>
        <translation>wheel 包自带 CUDA 运行时和 cuDNN：只需要安装驱动。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The compatibility data lists no TensorFlow release.</source>
        <translation>兼容性数据中没有任何 TensorFlow 版本。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TensorFlow %1 is not in the compatibility data.</source>
        <translation>兼容性数据中没有 TensorFlow %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan uses TensorFlow %1, the newest release in the data.</source>
        <translation>方案改用数据中最新的 TensorFlow %1。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No NVIDIA GPU: TensorFlow %1 will run on the CPU.</source>
        <translation>没有 NVIDIA 显卡：TensorFlow %1 将在 CPU 上运行。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>TensorFlow %1 is built with CUDA %2, which does not support the %3 (compute capability %4): it will run on the CPU only.</source>
        <translation>TensorFlow %1 是用 CUDA %2 构建的，而 CUDA %2 不支持 %3（计算能力 %4）：它只能在 CPU 上运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an older TensorFlow, or use a free cloud GPU.</source>
        <translation>请选择较旧的 TensorFlow，或者使用免费的云端 GPU。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>TensorFlow %1 installs CUDA %2 and cuDNN %3 as pip packages (tensorflow[and-cuda]): no system CUDA toolkit is needed, only driver &gt;= %4.</source>
        <translation>TensorFlow %1 以 pip 包形式安装 CUDA %2 和 cuDNN %3（tensorflow[and-cuda]）：不需要在系统中安装 CUDA 工具包，只需要驱动 &gt;= %4。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>TensorFlow %1 was tested with CUDA %2 and cuDNN %3 installed on the system: the plan installs exactly those.</source>
        <translation>TensorFlow %1 是在系统中安装了 CUDA %2 和 cuDNN %3 的环境下测试的：方案将安装完全相同的版本。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TensorFlow %1 (CUDA %2) needs driver %3 or newer; this machine runs %4.</source>
        <translation>TensorFlow %1（CUDA %2）需要 %3 或更新的驱动；这台电脑的驱动是 %4。</translation>
    </message>
    <message>
        <location filename="../core/advice/GpuAdvice.cpp" line="+96"/>
        <source>No NVIDIA GPU could be found (the PCI bus could not be read and no NVIDIA driver answered).</source>
        <translation>找不到 NVIDIA 显卡（无法读取 PCI 总线，也没有 NVIDIA 驱动响应）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This machine has no NVIDIA GPU, so CUDA cannot run here.</source>
        <translation>这台电脑没有 NVIDIA 显卡，因此无法在本机运行 CUDA。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2): %3 [reported %4%5]</source>
        <translation>%1（%2）：%3 [记录于 %4%5]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>undated</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, unverified</source>
        <translation>，未核实</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1) Use a free cloud notebook. These offers change often; what the data last saw, with the date it was seen:</source>
        <translation>1) 使用免费的云端 Notebook。这些免费额度经常变化；以下是数据最近一次看到的情况及其日期：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (no platform is listed in the data)</source>
        <translation>（数据中没有列出任何平台）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2) Rent a GPU server by the hour from a cloud provider and run gpu-setup there; a small current card is plenty for learning.</source>
        <translation>2) 按小时向云服务商租用 GPU 服务器，并在上面运行 gpu-setup；对学习来说，一块较新的入门级显卡就足够了。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3) Buy an NVIDIA card (Maxwell or newer, better Turing or newer) for a desktop: check that the power supply has the wattage and the 8-pin PCIe plugs the card needs (the PSU calculator does this).</source>
        <translation>3) 为台式机购买一块 NVIDIA 显卡（Maxwell 或更新的架构，最好是 Turing 或更新）：确认电源的功率和 8-pin PCIe 供电接口能满足显卡的需求（电源计算器可以帮你算）。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>No NVIDIA GPU: use a cloud notebook, rent a GPU, or buy one.</source>
        <translation>没有 NVIDIA 显卡：可以使用云端 Notebook、租用 GPU 或购买一块显卡。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2, compute capability %3, %4.</source>
        <translation>%1：%2，计算能力 %3，%4。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown architecture</source>
        <translation>架构未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/advice/ToolkitAdvice.cpp" line="+211"/>
        <location line="+1"/>
        <location line="+479"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB memory</source>
        <translation>%1 GB 显存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory unknown</source>
        <translation>显存大小未知</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>%1 is a Kepler GPU (compute capability %2): the last CUDA that builds for it is %3, and current PyTorch and TensorFlow wheels do not include it.</source>
        <translation>%1 是 Kepler 架构的显卡（计算能力 %2）：能为它编译代码的最后一个 CUDA 版本是 %3，当前的 PyTorch 和 TensorFlow wheel 包都已不再支持它。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>an old release</source>
        <translation>某个旧版本</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Learning on it means old software (CUDA %1, frameworks from that era). For current courses a free cloud notebook is the better road.</source>
        <translation>用它学习意味着只能使用旧软件（CUDA %1 以及同时期的框架）。对于现在的课程，免费的云端 Notebook 是更好的选择。</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+3"/>
        <source>11.x or older</source>
        <translation>11.x 或更早版本</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 is a Kepler GPU (compute capability %2): NVIDIA&apos;s last driver for it is the R%3 branch, which runs CUDA up to %4; the last CUDA toolkit that builds for it is %5, and current PyTorch and TensorFlow wheels do not include it.</source>
        <translation>%1 是 Kepler 架构的显卡（计算能力 %2）：NVIDIA 为它提供的最后一个驱动分支是 R%3，最高能运行 CUDA %4；能为它编译代码的最后一个 CUDA 工具包是 %5，当前的 PyTorch 和 TensorFlow wheel 包都已不再支持它。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a Kepler GPU (compute capability %2): NVIDIA&apos;s last driver for Kepler %6 cards is the R%3 branch, which runs CUDA up to %4; the last CUDA toolkit that builds for it is %5, and current PyTorch and TensorFlow wheels do not include it.</source>
        <translation>%1 是 Kepler 架构的显卡（计算能力 %2）：NVIDIA 为 Kepler %6 显卡提供的最后一个驱动分支是 R%3，最高能运行 CUDA %4；能为它编译代码的最后一个 CUDA 工具包是 %5，当前的 PyTorch 和 TensorFlow wheel 包都已不再支持它。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Learning on it means old software (driver R%1, CUDA %2, frameworks from that era). For current courses a free cloud notebook is the better road.</source>
        <translation>用它学习意味着只能使用旧软件（R%1 驱动、CUDA %2 以及同时期的框架）。对于现在的课程，免费的云端 Notebook 是更好的选择。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (chip %2) is older than Kepler: no NVIDIA driver or CUDA release that runs today&apos;s frameworks supports it (even Kepler, the generation after it, ended with driver R%3 and CUDA %4).</source>
        <translation>%1（芯片 %2）比 Kepler 还老：能运行当今框架的 NVIDIA 驱动和 CUDA 版本都已不支持它（就连比它新一代的 Kepler，也止步于 R%3 驱动和 CUDA %4）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (chip %2) is older than Kepler: no NVIDIA driver or CUDA release that runs today&apos;s frameworks supports it.</source>
        <translation>%1（芯片 %2）比 Kepler 还老：能运行当今框架的 NVIDIA 驱动和 CUDA 版本都已不支持它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a free cloud notebook, rent a GPU, or buy a current card (Maxwell or newer, better Turing or newer).</source>
        <translation>请使用免费的云端 Notebook、租用 GPU，或者购买一块较新的显卡（Maxwell 或更新的架构，最好是 Turing 或更新）。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 is an NVIDIA GPU that none of gpu-setup&apos;s data (the GPU catalog, NVIDIA&apos;s id table, the system&apos;s pci.ids) knows yet, so its compute capability, which decides the CUDA and framework versions, is not known before the driver runs.</source>
        <translation>%1 是一块 NVIDIA 显卡，但 gpu-setup 的数据（显卡目录、NVIDIA 的设备 ID 表、系统的 pci.ids）都还不认识它，因此在驱动运行之前无法得知它的计算能力（它决定可用的 CUDA 和框架版本）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go on and install the NVIDIA driver (next stage); once it runs, NVML tells the compute capability and the plan is completed from it (`nvidia-smi --query-gpu=compute_cap --format=csv` shows it too).</source>
        <translation>请继续安装 NVIDIA 驱动（下一个阶段）；驱动运行后，NVML 会报告计算能力，方案随之补全（`nvidia-smi --query-gpu=compute_cap --format=csv` 也能显示它）。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (%2, compute capability %3) is dropped by CUDA %4 and by PyTorch&apos;s %5 wheels (from %6 on); the last CUDA for it is %7.</source>
        <translation>%1（%2，计算能力 %3）已被 CUDA %4 和 PyTorch 的 %5 wheel 包（从 %6 起）放弃支持；支持它的最后一个 CUDA 版本是 %7。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>13</source>
        <translation>13</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recent releases</source>
        <translation>近期版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>12.x</source>
        <translation>12.x</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Use a CUDA 12.x build of your framework.</source>
        <translation>请使用基于 CUDA 12.x 构建的框架版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It still works: use the %1 wheels (PyTorch %2) and a CUDA toolkit no newer than %3.</source>
        <translation>它仍然可以使用：请选用 %1 wheel 包（PyTorch %2），以及不高于 %3 的 CUDA 工具包。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is a Blackwell GPU (compute capability %2): it needs CUDA %3 or newer, driver %4 or newer and PyTorch %5 or newer (%6 wheels).</source>
        <translation>%1 是 Blackwell 架构的显卡（计算能力 %2）：它需要 CUDA %3 或更新版本、%4 或更新的驱动，以及 PyTorch %5 或更新版本（%6 wheel 包）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older toolkits, drivers and wheels do not run on it; the plan below picks versions at or above these.</source>
        <translation>更旧的工具包、驱动和 wheel 包都无法在它上面运行；下面的方案选用的版本都不低于上述要求。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has only %2 GB of memory: most current models do not fit.</source>
        <translation>%1 只有 %2 GB 显存：大多数当前的模型都放不下。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use small models and batch sizes, or a cloud notebook for bigger ones.</source>
        <translation>请使用小模型和小批量（batch size），更大的模型可以放到云端 Notebook 上运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has %2 GB of memory: enough for course work, with small batch sizes.</source>
        <translation>%1 有 %2 GB 显存：足够完成课程作业，但批量（batch size）要小一些。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep batch sizes small; mixed precision (float16) halves the memory needed.</source>
        <translation>保持较小的批量（batch size）；混合精度（float16）可以把所需显存减半。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is a laptop with switchable graphics: the screen stays on the built-in GPU and the NVIDIA GPU computes; CUDA works all the same.</source>
        <translation>这是一台双显卡切换的笔记本：屏幕仍由内置显卡负责显示，NVIDIA 显卡负责计算；CUDA 照样可以正常使用。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The integrated GPU (%1) is enabled beside the NVIDIA GPU; CUDA uses the NVIDIA GPU all the same, whichever one the monitor is plugged into.</source>
        <translation>集成显卡（%1）与 NVIDIA 显卡同时启用；无论显示器接在哪一块上，CUDA 都照样使用 NVIDIA 显卡。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+36"/>
        <location line="+2"/>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The %1 draws %2 W; with a typical CPU the machine needs a power supply of %3 W and %4 8-pin PCIe plug(s).</source>
        <translation>%1 的功耗为 %2 W；搭配一颗普通 CPU 时，整机需要 %3 W 的电源和 %4 个 8-pin PCIe 供电接口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 draw %2 W; with a typical CPU the machine needs a power supply of %3 W and %4 8-pin PCIe plug(s).</source>
        <translation>%1 的功耗共 %2 W；搭配一颗普通 CPU 时，整机需要 %3 W 的电源和 %4 个 8-pin PCIe 供电接口。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the label on the power supply; below %1 W the machine may switch off under load.</source>
        <translation>请查看电源上的铭牌；低于 %1 W 时，电脑可能会在高负载下断电关机。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To keep the GPU busy, pair it with at least 4 to 6 CPU cores and %1 GB of RAM or more (twice its memory).</source>
        <translation>为了让 GPU 保持忙碌，请至少搭配 4 到 6 核的 CPU 和 %1 GB 或更多的内存（显存的两倍）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To keep the GPU busy, pair it with at least 4 to 6 CPU cores and twice its memory in RAM.</source>
        <translation>为了让 GPU 保持忙碌，请至少搭配 4 到 6 核的 CPU，以及两倍于显存大小的内存。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>NVIDIA GPU: %1.</source>
        <translation>NVIDIA 显卡：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NVIDIA GPU %1: not identified yet; install the driver (next stage) and it will be.</source>
        <translation>NVIDIA 显卡 %1：型号尚未识别；安装驱动（下一个阶段）后即可识别。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot run current CUDA frameworks.</source>
        <translation>%1 无法运行当前的 CUDA 深度学习框架。</translation>
    </message>
    <message>
        <location filename="../core/advice/PythonEnvAdvice.cpp" line="+149"/>
        <source>conda is already installed in %1 (%2%3): the plan reuses it.</source>
        <translation>conda 已安装在 %1（%2%3）：方案将沿用它。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The conda in %1 does not answer; the plan installs a fresh one.</source>
        <translation>%1 中的 conda 没有响应；方案将重新安装一个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove or rename %1 if you no longer need it.</source>
        <translation>如果不再需要 %1，请删除或重命名它。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The data has no Miniconda installer with a checksum for %1.</source>
        <translation>数据中没有适用于 %1 且带校验和的 Miniconda 安装程序。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install conda by hand and run the plan again.</source>
        <translation>请手动安装 conda，然后重新运行方案。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install Miniconda or Miniforge for %1 by hand.</source>
        <translation>请手动安装适用于 %1 的 Miniconda 或 Miniforge。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download Miniconda (conda %1) and check its sha256.</source>
        <translation>下载 Miniconda（conda %1）并核对它的 sha256。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Install Miniconda into %1 (no root needed).</source>
        <translation>把 Miniconda 安装到 %1（不需要 root 权限）。</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+49"/>
        <location line="+50"/>
        <source>Let %1 find conda in new terminals.</source>
        <translation>让 %1 在新打开的终端中能找到 conda。</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>The data has no Miniforge installer with a checksum for %1, so the plan installs Miniconda instead.</source>
        <translation>数据中没有适用于 %1 且带校验和的 Miniforge 安装程序，因此方案改为安装 Miniconda。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Download Miniforge %1 and check its sha256.</source>
        <translation>下载 Miniforge %1 并校验其 sha256。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Install Miniforge into %1 (no root needed).</source>
        <translation>把 Miniforge 安装到 %1（不需要 root 权限）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No conda found: the plan installs Miniforge into %1. It uses only the free conda-forge channel, so there are no Terms of Service to accept.</source>
        <translation>未找到 conda：方案会把 Miniforge 安装到 %1。它只使用免费的 conda-forge 频道，因此无需接受服务条款。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Accept Anaconda&apos;s Terms of Service for %1, as you agreed (conda 25.x asks before `conda create` otherwise; the command is general knowledge, not from the checked data).</source>
        <translation>按你的同意，接受 Anaconda 对 %1 的服务条款（否则 conda 25.x 会在 `conda create` 之前询问；该命令属于常识，不来自已核对的数据）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No conda found: the plan installs Miniconda into %1.</source>
        <translation>未找到 conda：方案将把 Miniconda 安装到 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>conda %1 in %2 is older than 4.6 and cannot set up `conda activate` for %3.</source>
        <translation>%2 中的 conda %1 早于 4.6，无法为 %3 设置 `conda activate`。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update it first: %1 update -n base conda, then run the plan again.</source>
        <translation>请先更新：%1 update -n base conda，然后再次运行方案。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>conda in %1 is not set up for %2 (no &quot;conda initialize&quot; block in its profile), so `conda activate` fails in a new terminal.</source>
        <translation>%1 中的 conda 尚未为 %2 设置（其配置文件中没有“conda initialize”块），因此在新终端中 `conda activate` 会失败。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan runs `conda init %1`; every profile it touches is backed up first.</source>
        <translation>方案会运行 `conda init %1`；它改动的每个配置文件都会先备份。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 still lists the retired pkgs/free channel (%2). It holds only packages from before 2019, so conda may pick very old builds or fail to solve.</source>
        <translation>%1 仍列有已停用的 pkgs/free 频道（%2）。该频道只有 2019 年以前的包，conda 可能选到很旧的版本，或无法求解依赖。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mirror step rewrites the channels in %1 for the chosen mirror, which drops pkgs/free (the old file is backed up).</source>
        <translation>镜像源步骤会按所选镜像源改写 %1 中的频道，从而去掉 pkgs/free（原文件会备份）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a mirror on this page (gpu-setup then rewrites the channels), or delete the pkgs/free lines from %1.</source>
        <translation>在本页选择一个镜像源（gpu-setup 会随之改写频道），或从 %1 中删除 pkgs/free 相关行。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anaconda&apos;s default channels (%1) come with terms: &quot;%2&quot;. Recent conda asks you to accept them before `conda create` uses those channels.</source>
        <translation>Anaconda 的默认频道（%1）附带使用条款：“%2”。较新版本的 conda 会在 `conda create` 使用这些频道之前要求你接受条款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the terms and accept them only if they apply to you; Miniforge (conda-forge only) avoids them.</source>
        <translation>请阅读条款，只有在条款适用于你时才接受；Miniforge（只用 conda-forge）不受这些条款约束。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>General knowledge, not in the checked data: Anaconda&apos;s terms require a paid licence for organisations of 200 or more people; students of a university should check its policy.</source>
        <translation>一般常识，不在已核实的数据中：Anaconda 的条款要求 200 人及以上的组织购买付费许可；大学的学生请查看学校的相关规定。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The data has no mirror called &quot;%1&quot;; the plan uses the official servers.</source>
        <translation>数据中没有名为“%1”的镜像源；方案将使用官方服务器。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Point conda at the %1 mirror.</source>
        <translation>让 conda 使用 %1 镜像源。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point pip at the %1 mirror.</source>
        <translation>让 pip 使用 %1 镜像源。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>conda and pip use the %1 mirror (%2); PyTorch wheels still come from their own index.</source>
        <translation>conda 和 pip 使用 %1 镜像源（%2）；PyTorch 的 wheel 包仍从它自己的索引下载。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Environment &quot;%1&quot; exists but has no PyTorch.</source>
        <translation>环境“%1”已存在，但没有安装 PyTorch。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan installs it there.</source>
        <translation>方案会把它安装到这个环境中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Environment &quot;%1&quot; already has PyTorch %2 (%3).</source>
        <translation>环境“%1”已安装 PyTorch %2（%3）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Environment &quot;%1&quot; has PyTorch %2 (%3); the plan wants %4 (%5).</source>
        <translation>环境“%1”中是 PyTorch %2（%3）；方案需要的是 %4（%5）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>CPU build</source>
        <translation>CPU 版</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan installs the planned PyTorch.</source>
        <translation>方案将安装计划中的 PyTorch 版本。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Environment &quot;%1&quot; has Python %2, which %3 %4 does not support: the plan creates &quot;%5&quot; next to it and leaves &quot;%1&quot; alone.</source>
        <translation>环境“%1”的 Python 版本是 %2，%3 %4 不支持它：方案会在旁边新建环境“%5”，不改动“%1”。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Environment &quot;%1&quot; has PyTorch %2; the plan does not change it.</source>
        <translation>环境“%1”中已有 PyTorch %2；方案不会改动它。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create the conda environment &quot;%1&quot;.</source>
        <translation>创建 conda 环境“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the conda environment &quot;%1&quot; with Python %2.</source>
        <translation>创建使用 Python %2 的 conda 环境“%1”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Install %1 with the legacy conda command from pytorch.org.</source>
        <translation>用 pytorch.org 上旧式的 conda 命令安装 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install %1 from its wheel index (the page gives only the index).</source>
        <translation>从 wheel 索引安装 %1（该页面只给出了索引地址）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install %1 into &quot;%2&quot;.</source>
        <translation>把 %1 安装到“%2”中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install the usual course tools (Jupyter, plotting, data).</source>
        <translation>安装课程常用工具（Jupyter、绘图、数据处理）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no framework</source>
        <translation>无框架</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment &quot;%1&quot; already has %2.</source>
        <translation>环境“%1”中已有 %2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Environment &quot;%1&quot; already has %2; left to do: %3</source>
        <translation>环境“%1”中已有 %2；还需完成：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chosen framework version cannot use this GPU; choose another.</source>
        <translation>所选的框架版本无法使用这块显卡；请换一个版本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No NVIDIA GPU: create the CPU environment &quot;%1&quot; with %2.</source>
        <translation>没有 NVIDIA 显卡：用 %2 创建 CPU 环境“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: a conda environment &quot;%1&quot;.</source>
        <translation>可选：一个 conda 环境“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install %1 into environment &quot;%2&quot;.</source>
        <translation>把 %1 安装到环境“%2”中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create environment &quot;%1&quot; (Python %2) with %3.</source>
        <translation>创建环境“%1”（Python %2），并安装 %3。</translation>
    </message>
    <message>
        <location filename="../core/advice/ToolkitAdvice.cpp" line="-552"/>
        <source>your GPU</source>
        <translation>你的显卡</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its version files disagree.</source>
        <translation>它的版本文件互相矛盾。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nvcc is missing or fails.</source>
        <translation>nvcc 缺失或无法运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CUDA toolkit in %1 looks broken: %2</source>
        <translation>%1 中的 CUDA 工具包似乎已损坏：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not use it: remove it (or reinstall it) and keep PATH and LD_LIBRARY_PATH pointing at one working toolkit.</source>
        <translation>请不要使用它：删除（或重新安装）它，并让 PATH 和 LD_LIBRARY_PATH 只指向一个能正常工作的工具包。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CUDA %1 in %2 needs driver %3 or newer; this machine runs %4.</source>
        <translation>%2 中的 CUDA %1 需要 %3 或更新的驱动；这台电脑的驱动是 %4。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the NVIDIA driver to %1 or newer, or use an older toolkit.</source>
        <translation>请把 NVIDIA 驱动更新到 %1 或更新版本，或者使用较旧的工具包。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nvidia-smi shows &quot;CUDA Version %1&quot; and nvcc -V shows %2. nvidia-smi shows the newest CUDA the DRIVER supports; nvcc shows the installed TOOLKIT. They do not have to be equal.</source>
        <translation>nvidia-smi 显示“CUDA Version %1”，而 nvcc -V 显示 %2。nvidia-smi 显示的是驱动所能支持的最高 CUDA 版本；nvcc 显示的是已安装的 CUDA 工具包版本。两者不必相同。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Here the toolkit (%1) is newer than the driver supports (%2): programs built with it will fail to start.</source>
        <translation>这里工具包（%1）比驱动所支持的版本（%2）更新：用它编译的程序将无法启动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update the NVIDIA driver to one that supports CUDA %1, or use a toolkit no newer than CUDA %2.</source>
        <translation>请把 NVIDIA 驱动更新到支持 CUDA %1 的版本，或者使用不高于 CUDA %2 的工具包。</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>You have %n CUDA toolkits. PATH picks CUDA %1 (%2) but /usr/local/cuda points to CUDA %3 (%4): nvcc, the libraries found at run time and build scripts that use /usr/local/cuda can disagree.</source>
        <translation>
            <numerusform>这台电脑上有 %n 个 CUDA 工具包。PATH 选中的是 CUDA %1（%2），但 /usr/local/cuda 指向 CUDA %3（%4）：nvcc、运行时找到的库，以及使用 /usr/local/cuda 的编译脚本，三者可能不一致。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick one toolkit and put its bin/ first on PATH and its lib64/ on LD_LIBRARY_PATH (the gpu-setup block in %1 does exactly that).</source>
        <translation>请只选用一个工具包，把它的 bin/ 放在 PATH 的最前面，把它的 lib64/ 加入 LD_LIBRARY_PATH（%1 中的 gpu-setup 配置块正是这样做的）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gpu-setup adds its block to %1 so that PATH and LD_LIBRARY_PATH both use %2; open a new terminal afterwards.</source>
        <translation>gpu-setup 会在 %1 中添加它的配置块，使 PATH 和 LD_LIBRARY_PATH 都使用 %2；完成后请打开一个新终端。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Put CUDA in %1 on PATH and LD_LIBRARY_PATH and set CUDA_HOME (gpu-setup block in %2)</source>
        <translation>把 %1 中的 CUDA 加入 PATH 和 LD_LIBRARY_PATH，并设置 CUDA_HOME（写在 %2 的 gpu-setup 配置块中）</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Move the %n hand-written CUDA line(s) of %1 into the gpu-setup block, turned into comments (undo restores the files byte for byte)</source>
        <translation>
            <numerusform>把 %1 中手写的 %n 行 CUDA 设置移入 gpu-setup 配置块并改为注释（撤销可逐字节恢复原文件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n CUDA line(s) written by hand outside gpu-setup&apos;s block (%1) still run in every new terminal, so %2 stays on PATH and LD_LIBRARY_PATH beside any toolkit gpu-setup sets up.</source>
        <translation>
            <numerusform>gpu-setup 配置块之外有 %n 行手写的 CUDA 设置（%1），每个新终端都会执行它们，因此 %2 会和 gpu-setup 配置的工具包一起留在 PATH 和 LD_LIBRARY_PATH 中。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the toolkit they name</source>
        <translation>它们指向的工具包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan moves them into gpu-setup&apos;s block as comments, so they no longer run; undo restores the files exactly.</source>
        <translation>方案会把它们作为注释移入 gpu-setup 配置块，不再执行；撤销可原样恢复文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gpu-setup edits only %1; delete or comment out the others by hand.</source>
        <translation>gpu-setup 只修改 %1；其余的请手动删除或注释掉。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check that nvcc runs and prints the expected version</source>
        <translation>检查 nvcc 能否运行并输出预期的版本</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (compute capability %2) needs CUDA %3 to %4.</source>
        <translation>%1（计算能力 %2）需要 CUDA %3 到 %4。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (compute capability %2) is supported by CUDA up to %3 only.</source>
        <translation>%1（计算能力 %2）最高只被 CUDA %3 支持。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (compute capability %2) needs CUDA %3 or newer.</source>
        <translation>%1（计算能力 %2）需要 CUDA %3 或更新版本。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>You chose not to install a CUDA toolkit.</source>
        <translation>你选择了不安装 CUDA 工具包。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TensorFlow %1 uses the system CUDA %2; without it TensorFlow will not see the GPU.</source>
        <translation>TensorFlow %1 使用系统中的 CUDA %2；没有它，TensorFlow 将无法识别显卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install CUDA %1, or choose TensorFlow 2.14 or newer, which brings CUDA as pip packages.</source>
        <translation>请安装 CUDA %1，或改用 TensorFlow 2.14 及更新版本，它们会以 pip 包形式自带 CUDA。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You do not need to install CUDA for PyTorch; only the driver. The PyTorch pip wheels bring their own CUDA runtime and cuDNN.</source>
        <translation>使用 PyTorch 不需要安装 CUDA 工具包，只需要驱动。PyTorch 的 pip wheel 包自带 CUDA 运行时和 cuDNN。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not need to install CUDA for TensorFlow %1; only the driver. pip install tensorflow[and-cuda] brings CUDA and cuDNN as pip packages.</source>
        <translation>使用 TensorFlow %1 不需要安装 CUDA 工具包，只需要驱动。`pip install tensorflow[and-cuda]` 会以 pip 包形式安装 CUDA 和 cuDNN。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No framework chosen: a CUDA toolkit is only needed to compile CUDA code yourself with nvcc.</source>
        <translation>未选择深度学习框架：只有在你要用 nvcc 自己编译 CUDA 代码时才需要 CUDA 工具包。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not needed: only the NVIDIA driver is required.</source>
        <translation>无需安装：只需要 NVIDIA 驱动。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install a toolkit only if you want to compile CUDA code (nvcc).</source>
        <translation>只有在需要编译 CUDA 代码（nvcc）时才安装工具包。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>NVIDIA has no CUDA %1 toolkit in the data; picking the newest toolkit that fits this machine instead.</source>
        <translation>数据中没有 NVIDIA 的 CUDA %1 工具包；改为选用适合这台电脑的最新工具包。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>CUDA %1 is already installed in %2 and fits this GPU and driver.</source>
        <translation>%2 中已安装 CUDA %1，它适合这块显卡和当前驱动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA %1 is already installed in %2: the same CUDA %3 your framework uses, so nvcc and the framework agree.</source>
        <translation>%2 中已安装 CUDA %1：与你的框架所用的 CUDA %3 相同，因此 nvcc 和框架是一致的。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+101"/>
        <source>CUDA %1 needs driver %2 or newer; this machine runs %3.</source>
        <translation>CUDA %1 需要 %2 或更新的驱动；这台电脑的驱动是 %3。</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Update the NVIDIA driver to %1 or newer.</source>
        <translation>请把 NVIDIA 驱动更新到 %1 或更新版本。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CUDA %1 is installed but nvcc is not on your PATH.</source>
        <translation>CUDA %1 已安装，但 nvcc 不在你的 PATH 中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA %1 is installed but PATH picks the toolkit in %2.</source>
        <translation>CUDA %1 已安装，但 PATH 选中的是 %2 中的工具包。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gpu-setup adds its block to %1; open a new terminal afterwards.</source>
        <translation>gpu-setup 会在 %1 中添加它的配置块；完成后请打开一个新终端。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CUDA %1 is installed; put it on your PATH.</source>
        <translation>CUDA %1 已安装；请把它加入 PATH。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CUDA %1 is installed in %2.</source>
        <translation>%2 中已安装 CUDA %1。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>CUDA %1 cannot build code for %2 (compute capability %3); picking a toolkit that can.</source>
        <translation>CUDA %1 无法为 %2（计算能力 %3）编译代码；改为选用能支持它的工具包。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data has no CUDA %1 runfile with a checksum; picking another toolkit.</source>
        <translation>数据中没有带校验和的 CUDA %1 runfile 安装包；改为选用其他工具包。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No CUDA toolkit in the data fits this machine.</source>
        <translation>数据中没有适合这台电脑的 CUDA 工具包。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No CUDA release with a checked runfile fits this GPU (compute capability %1), driver %2 and system together.</source>
        <translation>没有任何带已核实 runfile 安装包的 CUDA 版本能同时适配这块显卡（计算能力 %1）、驱动 %2 和当前系统。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the NVIDIA driver first, or install a toolkit by hand.</source>
        <translation>请先更新 NVIDIA 驱动，或者手动安装工具包。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Update the NVIDIA driver to %1 or newer before installing the toolkit.</source>
        <translation>安装工具包之前，请先把 NVIDIA 驱动更新到 %1 或更新版本。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>NVIDIA does not publish CUDA %1 for Ubuntu %2. The runfile usually still installs, but nvcc may refuse this Ubuntu&apos;s newer gcc.</source>
        <translation>NVIDIA 没有为 Ubuntu %2 发布 CUDA %1。runfile 安装包通常仍然可以安装，但 nvcc 可能不接受这个 Ubuntu 版本中较新的 gcc。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If nvcc complains about the gcc version, install an older gcc that this CUDA supports and pass it with -ccbin.</source>
        <translation>如果 nvcc 报 gcc 版本不受支持，请安装该 CUDA 支持的较旧 gcc，并用 -ccbin 指定它。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NVIDIA&apos;s apt repositories are for Ubuntu; on this system CUDA is installed from the runfile only.</source>
        <translation>NVIDIA 的 apt 软件源只面向 Ubuntu；在这个系统上只能用 runfile 安装包安装 CUDA。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>gcc is not installed: nvcc needs it to compile anything.</source>
        <translation>未安装 gcc：nvcc 编译任何代码都需要它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gcc does not work (%1): nvcc needs it to compile anything.</source>
        <translation>gcc 无法正常工作（%1）：nvcc 编译任何代码都需要它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the compilers: sudo apt-get install -y build-essential</source>
        <translation>安装编译器：`sudo apt-get install -y build-essential`</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install gcc, g++ and make with your distribution&apos;s package manager.</source>
        <translation>请用你所用发行版的包管理器安装 gcc、g++ 和 make。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install gcc, g++ and make (build-essential)</source>
        <translation>安装 gcc、g++ 和 make（build-essential）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>/tmp has %1 free but the CUDA %2 runfile (%3) unpacks there.</source>
        <translation>/tmp 只有 %1 可用空间，但 CUDA %2 runfile 安装包（%3）会解压到那里。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gpu-setup unpacks it in %1 instead (--tmpdir).</source>
        <translation>gpu-setup 改为在 %1 中解压（--tmpdir）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a folder to unpack the runfile in</source>
        <translation>创建一个用于解压 runfile 安装包的文件夹</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not enough disk space on %1 (%2): %3 free, about %4 needed for the CUDA %5 runfile (%6), unpacking it and the installed toolkit.</source>
        <translation>%1（%2）磁盘空间不足：可用 %3，而下载 CUDA %5 runfile 安装包（%6）、解压它以及安装后的工具包大约需要 %4。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free up space (or choose a toolkit folder on a larger disk), then check again.</source>
        <translation>请释放一些空间（或把工具包目录选在更大的磁盘上），然后重新检查。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Download the CUDA %1 runfile from NVIDIA</source>
        <translation>从 NVIDIA 下载 CUDA %1 runfile 安装包</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Install the CUDA %1 toolkit into %2 (toolkit only, not the driver bundled in the runfile)</source>
        <translation>把 CUDA %1 工具包安装到 %2（只装工具包，不装 runfile 自带的驱动）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CUDA %1 will be installed from NVIDIA&apos;s runfile into %2, with --toolkit so that the driver bundled in the runfile is left out.</source>
        <translation>将使用 NVIDIA 的 runfile 安装包把 CUDA %1 安装到 %2，并加上 --toolkit 参数，从而不安装 runfile 自带的驱动。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Install CUDA %1 into %2.</source>
        <translation>把 CUDA %1 安装到 %2。</translation>
    </message>
</context>
<context>
    <name>gpusetup::CommandOperation</name>
    <message>
        <location filename="../core/actions/CommandOperation.cpp" line="+21"/>
        <source>Stopped after %1 s without finishing.</source>
        <translation>运行 %1 秒后仍未完成，已停止。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no command to run.</source>
        <translation>没有要运行的命令。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not start %1: %2.</source>
        <translation>无法启动 %1：%2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled; the command was stopped.</source>
        <translation>已取消；命令已被终止。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The command took too long and was stopped.</source>
        <translation>命令运行时间过长，已被终止。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 crashed.</source>
        <translation>%1 崩溃了。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 运行失败，退出码为 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 finished.</source>
        <translation>%1 已完成。</translation>
    </message>
</context>
<context>
    <name>gpusetup::CompositeOperation</name>
    <message>
        <location filename="../core/actions/CompositeOperation.cpp" line="+49"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>gpusetup::CondaEnvCreateOperation</name>
    <message>
        <location filename="../core/actions/CondaEnvs.cpp" line="+180"/>
        <source>Create the conda environment &quot;%1&quot;</source>
        <translation>创建 conda 环境“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the conda environment &quot;%1&quot; with Python %2</source>
        <translation>创建使用 Python %2 的 conda 环境“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no conda in %1; install it first.</source>
        <translation>%1 中没有 conda；请先安装 conda。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The environment &quot;%1&quot; already exists; remove it first or choose another name.</source>
        <translation>环境“%1”已存在；请先删除它，或换一个名字。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The environment &quot;%1&quot; is ready.</source>
        <translation>环境“%1”已就绪。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conda will not use Anaconda&apos;s channels until their Terms of Service are accepted; accept them if you agree, or use a mirror or Miniforge.</source>
        <translation>在接受 Anaconda 的服务条款之前，conda 不会使用 Anaconda 的频道；如果你同意这些条款，请接受它们，否则请改用镜像源或 Miniforge。</translation>
    </message>
</context>
<context>
    <name>gpusetup::CondaEnvListOperation</name>
    <message>
        <location line="-96"/>
        <source>List the conda environments</source>
        <translation>列出 conda 环境</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n conda environment(s).</source>
        <translation>
            <numerusform>共 %n 个 conda 环境。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>conda&apos;s environment list could not be read.</source>
        <translation>无法读取 conda 的环境列表。</translation>
    </message>
</context>
<context>
    <name>gpusetup::CondaEnvRemoveOperation</name>
    <message>
        <location line="+87"/>
        <source>Remove the conda environment &quot;%1&quot;</source>
        <translation>删除 conda 环境“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The base environment is conda itself and is never removed.</source>
        <translation>base 环境就是 conda 本身，永远不会被删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing &quot;%1&quot; deletes everything installed in it, so it needs your confirmation.</source>
        <translation>删除“%1”会删掉其中安装的所有内容，因此需要你确认。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no conda in %1.</source>
        <translation>%1 中没有 conda。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no environment &quot;%1&quot; in %2.</source>
        <translation>%2 中没有名为“%1”的环境。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is the active environment; run conda deactivate first.</source>
        <translation>“%1”是当前激活的环境；请先运行 conda deactivate。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The environment &quot;%1&quot; was removed.</source>
        <translation>环境“%1”已删除。</translation>
    </message>
</context>
<context>
    <name>gpusetup::CondaEnvs</name>
    <message>
        <location line="-277"/>
        <source>&quot;%1&quot; is conda&apos;s own environment; choose another name.</source>
        <translation>“%1”是 conda 自身的环境；请换一个名字。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a valid environment name: use up to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>“%1”不是有效的环境名：只能使用字母、数字、&apos;_&apos;、&apos;.&apos; 或 &apos;-&apos;，最多 64 个字符。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a Python version such as 3.12.</source>
        <translation>“%1”不是有效的 Python 版本号（例如 3.12）。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Open a new terminal, then run: conda activate %1</source>
        <translation>打开一个新终端，然后运行：conda activate %1</translation>
    </message>
</context>
<context>
    <name>gpusetup::CondaInitOperation</name>
    <message>
        <location filename="../core/actions/CondaInitOperation.cpp" line="+26"/>
        <source>Let %1 find conda in new terminals</source>
        <translation>让 %1 在新打开的终端中能找到 conda</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>conda init does not know the shell &quot;%1&quot;; use bash, zsh or fish.</source>
        <translation>conda init 不支持 shell“%1”；请使用 bash、zsh 或 fish。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no conda in %1; install it first.</source>
        <translation>%1 中没有 conda；请先安装 conda。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New %1 terminals will find conda.</source>
        <translation>新打开的 %1 终端将能找到 conda。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was removed by conda init.</source>
        <translation>conda init 删除了 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>conda init created %1.</source>
        <translation>conda init 创建了 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conda init changed %1 (the previous version is in %2).</source>
        <translation>conda init 修改了 %1（修改前的版本保存在 %2）。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 was changed after conda init, so it was left as it is (the earlier copy is %2).</source>
        <translation>%1 在 conda init 之后又被修改过，因此保持原样不动（较早的副本：%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not kept</source>
        <translation>未保留</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shell profiles are back as they were.</source>
        <translation>Shell 配置文件已恢复原样。</translation>
    </message>
</context>
<context>
    <name>gpusetup::CondaInstallOperation</name>
    <message>
        <location filename="../core/actions/CondaInstallOperation.cpp" line="+34"/>
        <source>Install conda into %1</source>
        <translation>把 conda 安装到 %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The install folder must be a full path such as ~/miniconda3.</source>
        <translation>安装目录必须是完整路径，例如 ~/miniconda3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conda installer cannot install into a folder whose path has spaces.</source>
        <translation>conda 安装程序无法安装到路径中含有空格的文件夹。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already exists and is not empty; choose another folder or remove it first.</source>
        <translation>%1 已存在且不为空；请换一个文件夹，或先删除它。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The installer %1 is not there; download it first.</source>
        <translation>安装程序 %1 不存在；请先下载它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sha256 checksum is known for %1, and gpu-setup does not run an installer it cannot verify.</source>
        <translation>没有 %1 的 sha256 校验和，而 gpu-setup 不会运行无法校验的安装程序。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the installer&apos;s checksum…</source>
        <translation>正在核对安装程序的校验和…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelled before the installer ran; nothing was changed.</source>
        <translation>已在安装程序运行前取消；没有做任何更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the installer %1.</source>
        <translation>无法读取安装程序 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installer&apos;s checksum does not match, so it was not run; download it again.</source>
        <translation>安装程序的校验和不匹配，因此没有运行它；请重新下载。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot use the empty folder %1.</source>
        <translation>无法使用空文件夹 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installing conda into %1…</source>
        <translation>正在把 conda 安装到 %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>conda is installed in %1.</source>
        <translation>conda 已安装到 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; Undo removes the partly installed %1.</source>
        <translation>已取消；“撤销”会删除安装了一半的 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conda installer failed; see the log.</source>
        <translation>conda 安装程序运行失败；请查看日志。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot remove %1 completely.</source>
        <translation>无法完全删除 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was removed.</source>
        <translation>%1 已删除。</translation>
    </message>
</context>
<context>
    <name>gpusetup::CondaTosOperation</name>
    <message>
        <location filename="../core/actions/CondaInitOperation.cpp" line="+10"/>
        <source>Accept Anaconda&apos;s Terms of Service for %1</source>
        <translation>接受 Anaconda 针对 %1 的服务条款</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Agreed to Anaconda&apos;s Terms of Service</source>
        <translation>已同意 Anaconda 服务条款</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You agreed to Anaconda&apos;s Terms of Service for %1 (%2).</source>
        <translation>你已同意 Anaconda 对 %1 的服务条款（%2）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Miniforge uses only conda-forge, which has no Terms of Service to accept.</source>
        <translation>Miniforge 只使用 conda-forge，无需接受任何服务条款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anaconda&apos;s Terms of Service for %1 are accepted only after you agree to them, and you have not.</source>
        <translation>只有在你同意之后才会接受 Anaconda 针对 %1 的服务条款，而你尚未同意。</translation>
    </message>
</context>
<context>
    <name>gpusetup::CudnnInstallOperation</name>
    <message>
        <location filename="../core/actions/CudnnInstallOperation.cpp" line="+142"/>
        <source>Unpack %1</source>
        <translation>解压 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Install cuDNN into %1</source>
        <translation>把 cuDNN 安装到 %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The cuDNN archive %1 is not there; download it first.</source>
        <translation>cuDNN 压缩包 %1 不存在；请先下载它。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already exists; remove it or choose another folder.</source>
        <translation>%1 已存在；请删除它，或换一个文件夹。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The toolkit folder %1 does not exist; install the toolkit first.</source>
        <translation>CUDA 工具包目录 %1 不存在；请先安装 CUDA 工具包。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Installing cuDNN into %1…</source>
        <translation>正在把 cuDNN 装入 %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unpacking cuDNN…</source>
        <translation>正在解压 cuDNN…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelled; nothing was installed.</source>
        <translation>已取消；没有安装任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not unpack %1: %2</source>
        <translation>无法解压 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The archive does not look like cuDNN: %1</source>
        <translation>这个压缩包看起来不是 cuDNN：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not move the unpacked files to %1.</source>
        <translation>无法把解压出的文件移动到 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: the profile step adds %1 to LD_LIBRARY_PATH.</source>
        <translation>下一步：“Shell 配置文件”步骤会把 %1 加入 LD_LIBRARY_PATH。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cuDNN %1 is in %2; add %3 to LD_LIBRARY_PATH (the profile step does it).</source>
        <translation>cuDNN %1 已放在 %2；需要把 %3 加入 LD_LIBRARY_PATH（“Shell 配置文件”步骤会完成这一操作）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copying cuDNN into %1…</source>
        <translation>正在把 cuDNN 复制到 %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cuDNN %1 is installed in %2.</source>
        <translation>cuDNN %1 已安装到 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes made as administrator are not undone automatically.</source>
        <translation>以管理员身份所做的更改不会被自动撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the journal for the files the helper wrote.</source>
        <translation>管理员助手写入了哪些文件，请查看操作记录。</translation>
    </message>
</context>
<context>
    <name>gpusetup::DownloadOperation</name>
    <message>
        <location filename="../core/actions/DownloadOperation.cpp" line="+37"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the part downloaded before…</source>
        <translation>正在核对之前已下载的部分…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
</context>
<context>
    <name>gpusetup::DriverInstallOperation</name>
    <message>
        <location filename="../core/actions/DriverInstallOperation.cpp" line="+68"/>
        <source>Install the NVIDIA driver</source>
        <translation>安装 NVIDIA 驱动</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing to install for the driver.</source>
        <translation>驱动无需安装任何内容。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The NVIDIA driver is installed.</source>
        <translation>NVIDIA 驱动已安装。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The NVIDIA driver is installed; now: %1</source>
        <translation>NVIDIA 驱动已安装；接下来：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步（共 %2 步）：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled after &quot;%1&quot;.</source>
        <translation>在“%1”之后已取消。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes made as administrator are not undone automatically.</source>
        <translation>以管理员身份所做的更改不会被自动撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the journal for the files the helper wrote.</source>
        <translation>管理员助手写入了哪些文件，请查看操作记录。</translation>
    </message>
</context>
<context>
    <name>gpusetup::ExtractOperation</name>
    <message>
        <location filename="../core/actions/ExtractOperation.cpp" line="+34"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unpacking %1…</source>
        <translation>正在解压 %1…</translation>
    </message>
</context>
<context>
    <name>gpusetup::FileBackup</name>
    <message>
        <location filename="../core/actions/FileBackup.cpp" line="+41"/>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write the backup %1: %2.</source>
        <translation>无法写入备份 %1：%2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 was changed after gpu-setup edited it, so it was left as it is (the earlier copy is %2).</source>
        <translation>%1 在 gpu-setup 修改之后又被改动过，因此保持原样不动（较早的副本：%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not kept</source>
        <translation>未保留</translation>
    </message>
</context>
<context>
    <name>gpusetup::HelperOperation</name>
    <message>
        <location filename="../core/actions/HelperOperation.cpp" line="+18"/>
        <source>Stopped waiting; the administrator step finishes on its own (dpkg must not be interrupted).</source>
        <translation>已停止等待；需要管理员权限的这一步会在后台自行完成（dpkg 不能被中断）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See /var/log/gpu-setup-helper.log for how it ended.</source>
        <translation>它的最终结果请查看 /var/log/gpu-setup-helper.log。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The administrator helper installs cuDNN into a system toolkit only from NVIDIA&apos;s archive, which it checks and unpacks itself, never from an unpacked folder: gpu-setup&apos;s cuDNN installer hands it the archive.</source>
        <translation>管理员助手只从 NVIDIA 的压缩包把 cuDNN 装入系统的工具包（由它自己校验并解压），从不使用已解压的文件夹：gpu-setup 的 cuDNN 安装步骤会把压缩包交给它。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The administrator helper has no verb for this step.</source>
        <translation>管理员助手不支持这一步操作。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enrolling the driver&apos;s signing key needs a one-time password that you choose: gpu-setup asks for it (twice) before this step runs it.</source>
        <translation>登记驱动的签名密钥需要一个由你自己设定的一次性密码：gpu-setup 会在执行这一步之前向你询问（输入两次）。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>by the administrator helper</source>
        <translation>由管理员助手完成</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changes made as administrator are not undone automatically.</source>
        <translation>以管理员身份所做的更改不会被自动撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the journal for the files the helper wrote.</source>
        <translation>管理员助手写入了哪些文件，请查看操作记录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The administrator password was not given, so nothing was changed.</source>
        <translation>没有输入管理员密码，因此没有做任何更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentication failed or the helper is not installed (%1).</source>
        <translation>身份验证失败，或管理员助手未安装（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The helper refused the request: %1</source>
        <translation>管理员助手拒绝了该请求：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>gpusetup::KnowledgeText</name>
    <message>
        <location filename="../core/knowledge/KnowledgeStrings.cpp" line="+12"/>
        <source>Kaggle Notebooks</source>
        <translation>Kaggle Notebooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Colab (free tier)</source>
        <translation>Google Colab（免费版）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baidu AI Studio (飞桨)</source>
        <translation>百度 AI Studio（飞桨）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lightning AI Studios</source>
        <translation>Lightning AI Studios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free (account; phone verification is commonly required for GPU, unverified)</source>
        <translation>免费；需要账号，使用 GPU 通常需要手机验证（未经核实）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free compute hours for PaddlePaddle users</source>
        <translation>为 PaddlePaddle 用户提供免费算力时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free tier</source>
        <translation>免费版</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU accelerators offered to notebooks: NVIDIA Tesla P100 (1x 16 GB, the default GPU) and 2x NVIDIA T4 (16 GB each)</source>
        <translation>Notebook 可用的 GPU 加速器：NVIDIA Tesla P100（1x 16 GB，默认 GPU）和 2x NVIDIA T4（每块 16 GB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator IDs accepted by kaggle kernels push --accelerator (as of Feb 2026): NvidiaTeslaP100 (aka default GPU), NvidiaTeslaT4, NvidiaTeslaT4Highmem, NvidiaTeslaA100, NvidiaL4, NvidiaL4X1, NvidiaH100, NvidiaRtxPro6000, TpuV38, Tpu1VmV38, TpuV5E8, TpuV6E8; some only for specific competitions or Kaggle admins</source>
        <translation>`kaggle kernels push --accelerator` 接受的加速器 ID（截至 2026 年 2 月）：NvidiaTeslaP100（即默认 GPU）、NvidiaTeslaT4、NvidiaTeslaT4Highmem、NvidiaTeslaA100、NvidiaL4、NvidiaL4X1、NvidiaH100、NvidiaRtxPro6000、TpuV38、Tpu1VmV38、TpuV5E8、TpuV6E8；其中一些只用于特定比赛或 Kaggle 管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU quota is weekly and typically 30 hours per week (floating: may vary week to week); TPU 20-30 h/week</source>
        <translation>GPU 配额按周计算，通常为每周 30 小时（浮动：每周可能不同）；TPU 每周 20-30 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single notebook session limit about 12 hours</source>
        <translation>单个 Notebook 会话最长约 12 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using the 2-GPU (T4 x2) runtime consumes the weekly quota twice as fast</source>
        <translation>使用 2 块 GPU（T4 x2）的运行时，每周配额会以两倍的速度消耗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free tier hardware accelerators: CPU, NVIDIA T4 GPU, TPU v2-8; A100/L4/H100 need paid plans (Pro/Pro+/Pay As You Go)</source>
        <translation>免费版的硬件加速器：CPU、NVIDIA T4 GPU、TPU v2-8；A100/L4/H100 需要付费方案（Pro/Pro+/随用随付）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources are not guaranteed; the best hardware (e.g. T4 GPUs) is prioritized for interactive use, long-running users may be restricted in hardware type and duration</source>
        <translation>资源不作保证；最好的硬件（例如 T4 GPU）优先分配给交互式使用，长时间运行的用户可能会在硬件类型和使用时长上受到限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free notebooks run at most about 12 hours per session; idle sessions disconnect earlier (about 90 min)</source>
        <translation>免费 Notebook 每次会话最长运行约 12 小时；空闲的会话会更早断开（约 90 分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Historical: at launch of free GPUs (2018) Colab provided an NVIDIA K80; later T4 (16 GB)</source>
        <translation>历史情况：刚推出免费 GPU 时（2018 年），Colab 提供的是 NVIDIA K80；后来换成了 T4（16 GB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free NVIDIA Tesla V100 online compute; daily login grants 12 hours, plus 48 hours after 5 consecutive days of running</source>
        <translation>免费的 NVIDIA Tesla V100 在线算力；每天登录赠送 12 小时，连续运行 5 天后再赠送 48 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily login grants 10 hours of free Tesla V100 compute</source>
        <translation>每天登录赠送 10 小时免费的 Tesla V100 算力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily login grants 8 hours of free Tesla V100 compute</source>
        <translation>每天登录赠送 8 小时免费的 Tesla V100 算力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forking certain featured projects grants an extra 8 hours of free GPU runtime</source>
        <translation>复制某些精选项目可额外获得 8 小时免费 GPU 运行时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current (2026) AI Studio free-GPU terms not found in sources</source>
        <translation>来源中没有找到 AI Studio 当前（2026 年）的免费 GPU 条款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free tier offers about 22 GPU hours per month (T4)</source>
        <translation>免费版每月提供约 22 小时 GPU 时长（T4）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use of Anaconda default channels is subject to Anaconda Terms of Service</source>
        <translation>使用 Anaconda 默认频道须遵守 Anaconda 服务条款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>r channel marked deprecated in newer Anaconda docs</source>
        <translation>较新的 Anaconda 文档已将 r 频道标记为弃用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TUNA (Tsinghua University)</source>
        <translation>TUNA（清华大学）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BFSU (Beijing Foreign Studies University)</source>
        <translation>BFSU（北京外国语大学）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USTC (University of Science and Technology of China)</source>
        <translation>USTC（中国科学技术大学）</translation>
    </message>
</context>
<context>
    <name>gpusetup::LocalCopyOperation</name>
    <message>
        <location filename="../core/actions/CudnnInstallOperation.cpp" line="-312"/>
        <source>Copy cuDNN into %1</source>
        <translation>把 cuDNN 复制到 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not create a pipe.</source>
        <translation>无法创建管道（pipe）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cuDNN was copied into %1.</source>
        <translation>cuDNN 已复制到 %1。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cuDNN</source>
        <translation>cuDNN</translation>
    </message>
</context>
<context>
    <name>gpusetup::MirrorConfig</name>
    <message>
        <location filename="../core/actions/MirrorConfig.cpp" line="+76"/>
        <source>the official servers</source>
        <translation>官方服务器</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a known mirror; choose official, tuna, ustc or bfsu.</source>
        <translation>“%1”不是已知的镜像源；请选择 official、tuna、ustc 或 bfsu。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>~/.condarc is not UTF-8 text, so gpu-setup leaves it alone.</source>
        <translation>~/.condarc 不是 UTF-8 文本，因此 gpu-setup 不会改动它。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>~/.condarc cannot be edited safely (%1); change it by hand or move it aside.</source>
        <translation>无法安全地修改 ~/.condarc（%1）；请手动修改，或把它移到别处。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mirror data for .condarc is not simple YAML (%1).</source>
        <translation>用于 .condarc 的镜像源数据不是简单的 YAML（%1）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>~/.condarc sets &quot;%1&quot; twice, so gpu-setup cannot tell which one conda uses; fix it by hand.</source>
        <translation>~/.condarc 把“%1”设置了两次，gpu-setup 无法判断 conda 实际用的是哪一个；请手动修正。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>~/.condarc uses YAML anchors in &quot;%1&quot;, so gpu-setup leaves it alone; change it by hand.</source>
        <translation>~/.condarc 在“%1”中使用了 YAML 锚点（anchor），因此 gpu-setup 不会改动它；请手动修改。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>pip.conf is not UTF-8 text, so gpu-setup leaves it alone.</source>
        <translation>pip.conf 不是 UTF-8 文本，因此 gpu-setup 不会改动它。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pip.conf cannot be edited safely (%1); change it by hand or move it aside.</source>
        <translation>无法安全地修改 pip.conf（%1）；请手动修改，或把它移到别处。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pip.conf sets %1 in its own [%2] section, which would override the mirror; change it by hand.</source>
        <translation>pip.conf 在单独的 [%2] 小节中设置了 %1，这会覆盖镜像源设置；请手动修改。</translation>
    </message>
</context>
<context>
    <name>gpusetup::MirrorOperation</name>
    <message>
        <location filename="../core/actions/MirrorOperation.cpp" line="+19"/>
        <source>Point conda at %1</source>
        <translation>让 conda 使用 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point pip at %1</source>
        <translation>让 pip 使用 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Point conda and pip at %1</source>
        <translation>让 conda 和 pip 使用 %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1 (the previous version is in %2).</source>
        <translation>已写入 %1（修改前的版本保存在 %2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The settings already use %1; nothing changed.</source>
        <translation>设置中已经在使用 %1；没有做任何更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conda and pip now use %1.</source>
        <translation>conda 和 pip 现在使用 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conda now uses %1.</source>
        <translation>conda 现在使用 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pip now uses %1.</source>
        <translation>pip 现在使用 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The mirror settings are back as they were.</source>
        <translation>镜像源设置已恢复原样。</translation>
    </message>
</context>
<context>
    <name>gpusetup::MokEnrollOperation</name>
    <message>
        <location filename="../core/actions/MokEnrollOperation.cpp" line="+86"/>
        <source>Queue the driver&apos;s signing key for enrolment (MOK)</source>
        <translation>将驱动的签名密钥加入待登记列表（MOK）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose a one-time MOK password (1-256 characters: letters, digits, ASCII punctuation); you type it again at the next boot: </source>
        <translation>请设定一个一次性 MOK 密码（1 到 256 个字符：英文字母、数字、ASCII 标点），下次开机时需要再次输入：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the same password again: </source>
        <translation>请再输入一次同样的密码：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No MOK password was given.</source>
        <translation>没有输入 MOK 密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two MOK passwords differ.</source>
        <translation>两次输入的 MOK 密码不一致。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>key queued for enrolment at the next boot</source>
        <translation>密钥已加入待登记列表，下次开机时登记</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key that signs the NVIDIA module (%1) is already enrolled; nothing to do.</source>
        <translation>为 NVIDIA 模块签名的密钥（%1）已经登记，无需再做什么。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key %1 already waits for enrolment from an earlier request: at the next boot type the password chosen then (&quot;sudo mokutil --revoke-import&quot; forgets that request; then run this step again).</source>
        <translation>密钥 %1 在之前的请求中已加入待登记列表：下次开机时请输入当时设定的密码（运行“sudo mokutil --revoke-import”可撤销那次请求，然后再执行这一步）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key %1 is queued. Reboot; in the blue MOK manager screen choose &quot;Enroll MOK&quot;, &quot;Continue&quot;, &quot;Yes&quot;, type the password you chose, then &quot;Reboot&quot;.</source>
        <translation>密钥 %1 已加入待登记列表。请重启；在蓝色的 MOK 管理界面中依次选择“Enroll MOK”、“Continue”、“Yes”，输入你设定的密码，然后选择“Reboot”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The helper did not say whether the key was queued.</source>
        <translation>管理员助手没有说明密钥是否已加入待登记列表。</translation>
    </message>
</context>
<context>
    <name>gpusetup::Operation</name>
    <message>
        <location filename="../core/actions/Operation.cpp" line="+39"/>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行（dry run）：没有做任何更改。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is nothing to undo yet.</source>
        <translation>还没有可以撤销的操作。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The changes were undone.</source>
        <translation>更改已撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some changes could not be undone: %1</source>
        <translation>部分更改无法撤销：%1</translation>
    </message>
</context>
<context>
    <name>gpusetup::PipInstallOperation</name>
    <message>
        <location filename="../core/actions/CondaEnvs.cpp" line="+234"/>
        <source>There is no Python at %1; create the environment first.</source>
        <translation>%1 处没有 Python；请先创建环境。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Installing the packages…</source>
        <translation>正在安装软件包…</translation>
    </message>
</context>
<context>
    <name>gpusetup::ProfileEditor</name>
    <message>
        <location filename="../core/actions/ProfileEditor.cpp" line="+104"/>
        <source>%1 needs a folder.</source>
        <translation>%1 需要指定一个文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &quot;%2&quot; contains a blank, quote, $, backtick, colon or other shell character, which cannot be written safely into a shell profile.</source>
        <translation>%1“%2”包含空格、引号、$、反引号、冒号或其他 shell 特殊字符，无法安全地写入 Shell 配置文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be an absolute folder such as /usr/local/cuda-12.4, not &quot;%2&quot;.</source>
        <translation>%1 必须是绝对路径的文件夹，例如 /usr/local/cuda-12.4，而不是“%2”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be the root folder.</source>
        <translation>%1 不能是根目录（/）。</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The text to write is not a gpu-setup block: it must start with the line &quot;%1&quot; and end with the line &quot;%2&quot;.</source>
        <translation>要写入的文本不是 gpu-setup 配置块：它必须以“%1”这一行开头，并以“%2”这一行结尾。</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+28"/>
        <source>its gpu-setup block is damaged (%1), so gpu-setup leaves it alone; fix or delete the marker lines by hand.</source>
        <translation>其中的 gpu-setup 配置块已损坏（%1），因此 gpu-setup 不会改动它；请手动修复或删除标记行。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 is a link to %2, which does not exist; fix or remove the link first.</source>
        <translation>%1 是指向 %2 的链接，但 %2 不存在；请先修复或删除该链接。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a regular file, so gpu-setup does not edit it.</source>
        <translation>%1 不是普通文件，因此 gpu-setup 不会修改它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1 (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 has no hand-written CUDA lines to move.</source>
        <translation>%1 里没有需要移走的手写 CUDA 配置行。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no gpu-setup block.</source>
        <translation>%1 中没有 gpu-setup 配置块。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already has this gpu-setup block.</source>
        <translation>%1 中已经有这个 gpu-setup 配置块。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the gpu-setup block from %1.</source>
        <translation>将从 %1 中删除 gpu-setup 配置块。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates %1 with the gpu-setup block.</source>
        <translation>将创建 %1 并写入 gpu-setup 配置块。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces the gpu-setup block in %1.</source>
        <translation>将替换 %1 中的 gpu-setup 配置块。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds the gpu-setup block to the end of %1.</source>
        <translation>将把 gpu-setup 配置块添加到 %1 的末尾。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is read-only, so gpu-setup leaves it alone.</source>
        <translation>%1 是只读的，因此 gpu-setup 不会改动它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1; nothing was changed.</source>
        <translation>无法创建文件夹 %1；没有做任何更改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the backup folder %1; %2 was not changed.</source>
        <translation>无法创建备份文件夹 %1；%2 未被修改。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot keep a backup of %1 in %2; it was not changed.</source>
        <translation>无法在 %2 中保存 %1 的备份；它未被修改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 changed while gpu-setup was editing it; it was left as it was, try again.</source>
        <translation>%1 在 gpu-setup 修改期间被其他程序改动了；它已保持原样，请重试。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1 (%2); it was left as it was.</source>
        <translation>无法写入 %1（%2）；它已保持原样。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed the gpu-setup block from %1.</source>
        <translation>已从 %1 中删除 gpu-setup 配置块。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created %1 with the gpu-setup block.</source>
        <translation>已创建 %1 并写入 gpu-setup 配置块。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced the gpu-setup block in %1.</source>
        <translation>已替换 %1 中的 gpu-setup 配置块。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added the gpu-setup block to the end of %1.</source>
        <translation>已把 gpu-setup 配置块添加到 %1 的末尾。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was changed after gpu-setup edited it, so it was not restored; its previous version is in %2.</source>
        <translation>%1 在 gpu-setup 修改之后又被改动过，因此没有恢复它；修改前的版本保存在 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was changed after gpu-setup created it, so it was left in place.</source>
        <translation>%1 在 gpu-setup 创建之后又被改动过，因此保留不动。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot remove %1, which gpu-setup created.</source>
        <translation>无法删除由 gpu-setup 创建的 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot restore %1 (%2); its previous version is in %3.</source>
        <translation>无法恢复 %1（%2）；修改前的版本保存在 %3。</translation>
    </message>
</context>
<context>
    <name>gpusetup::ProfileOperation</name>
    <message>
        <location filename="../core/actions/ProfileOperation.cpp" line="+20"/>
        <source>cannot edit %1: %2</source>
        <translation>无法修改 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>leave %1 as it is: %2</source>
        <translation>保持 %1 不变：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write %1</source>
        <translation>写入 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the target of the link %1)</source>
        <translation>（链接 %1 指向的文件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, keeping the previous bytes in %1/</source>
        <translation>，原内容备份在 %1/</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left in place (inside an if/for or continued, so moving it would break the file): %1</source>
        <translation>保留原处（位于 if/for 之中或带续行，移动会破坏文件）：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Editing %1…</source>
        <translation>正在修改 %1…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Left in place, move or delete it by hand: %1</source>
        <translation>已保留原处，请手动移动或删除：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shell profiles were already up to date; nothing was changed.</source>
        <translation>Shell 配置文件已是最新；没有做任何更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %1; open a new terminal for it to take effect.</source>
        <translation>已更新 %1；请打开一个新终端使其生效。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The shell profiles are back as they were.</source>
        <translation>Shell 配置文件已恢复原样。</translation>
    </message>
</context>
<context>
    <name>gpusetup::Report</name>
    <message>
        <location filename="../core/report/Report.cpp" line="+21"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>NVIDIA driver</source>
        <translation>NVIDIA 驱动</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>CUDA toolkit</source>
        <translation>CUDA 工具包</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>cuDNN</source>
        <translation>cuDNN</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Python environment</source>
        <translation>Python 环境</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+588"/>
        <location line="+123"/>
        <location line="+99"/>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="-805"/>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Machine</source>
        <translation>计算机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs (PCI)</source>
        <translation>GPU（PCI）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure Boot and reboot</source>
        <translation>安全启动与重启</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA toolkits</source>
        <translation>CUDA 工具包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conda</source>
        <translation>conda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python environments</source>
        <translation>Python 环境</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH and library path</source>
        <translation>PATH 与库路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shell profiles</source>
        <translation>Shell 配置文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk and compiler</source>
        <translation>磁盘与编译器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Install or repair the NVIDIA driver (the Driver stage), reboot, and run the verification again.</source>
        <translation>安装或修复 NVIDIA 驱动（“驱动”步骤），重启后再次运行验证。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the CUDA toolkit (the CUDA stage), or put its bin folder on PATH in a new terminal.</source>
        <translation>安装 CUDA 工具包（“CUDA”步骤），或在新终端中把它的 bin 目录加入 PATH。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make sure the toolkit&apos;s CUDA version is one the driver supports (nvidia-smi shows the highest), then run the verification again.</source>
        <translation>确认工具包的 CUDA 版本在驱动支持的范围内（nvidia-smi 显示最高版本），然后再次运行验证。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the CUDA build of PyTorch that the plan names into this environment (the Python stage).</source>
        <translation>在这个环境中安装方案指定的 CUDA 版 PyTorch（“Python 环境”步骤）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reboot and run the verification again; if it still fails, send this report to your TA.</source>
        <translation>重启后再次运行验证；如果仍然失败，请把这份报告发给助教。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Run the %1 stage in gpu-setup; it will: %2</source>
        <translation>在 gpu-setup 中运行“%1”步骤，它将：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+467"/>
        <location line="+124"/>
        <source>The verification was not run (gpu-setup report --verify runs it).</source>
        <translation>尚未运行验证（gpu-setup report --verify 会运行它）。</translation>
    </message>
    <message>
        <location line="-580"/>
        <source>This check counts on your plan: run the verification again once it can run.</source>
        <translation>按你的方案，这项检查是必需的：等它能够运行时，请再次运行验证。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not needed on the path your plan chose)</source>
        <translation>（你的方案所选的路径不需要此项）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 checks passed.</source>
        <translation>%2 项检查中通过 %1 项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified yet: %1 did not run.</source>
        <translation>尚未验证：%1 没有运行。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Python unknown</source>
        <translation>Python 版本未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no PyTorch</source>
        <translation>未安装 PyTorch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PyTorch %1 (CPU only)</source>
        <translation>PyTorch %1（仅 CPU）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PyTorch %1 (CUDA %2)</source>
        <translation>PyTorch %1（CUDA %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, active</source>
        <translation>，当前激活</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The verified environment reports: %1</source>
        <translation>已验证的环境报告：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Python environment found.</source>
        <translation>没有找到 Python 环境。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nvcc on PATH: %1</source>
        <translation>PATH 中的 nvcc：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LD_LIBRARY_PATH finds libcudart in %1</source>
        <translation>LD_LIBRARY_PATH 在 %1 中找到 libcudart</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Result: PASS</source>
        <translation>结果：通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: NOT VERIFIED</source>
        <translation>结果：尚未验证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: FAIL, stuck at stage %1</source>
        <translation>结果：失败，卡在“%1”步骤</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created %1 by %2; %3.</source>
        <translation>由 %2 于 %1 生成；%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user name, host name, home folder and GPU serials/UUIDs replaced by placeholders</source>
        <translation>用户名、主机名、主目录以及 GPU 序列号/UUID 已替换为占位符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not redacted</source>
        <translation>未做脱敏处理</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Stuck at %1: %2</source>
        <translation>卡在“%1”：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every stage passes and the GPU was verified: this machine is ready for deep learning.</source>
        <translation>所有步骤均已通过，GPU 也已验证：这台电脑可以用于深度学习了。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing failed, but the GPU was not verified yet.</source>
        <translation>没有失败项，但 GPU 尚未验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the verification (gpu-setup report --verify, or the Verify page of the wizard).</source>
        <translation>请运行验证（gpu-setup report --verify，或向导的“验证”页面）。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This file is not a gpu-setup report.</source>
        <translation>这个文件不是 gpu-setup 报告。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This gpu-setup report has no schema version; it is damaged.</source>
        <translation>这份 gpu-setup 报告没有格式版本号，已损坏。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This report was written by a newer gpu-setup (report schema %1; this one reads up to %2): update gpu-setup to read it.</source>
        <translation>这份报告由更新版本的 gpu-setup 生成（报告格式 %1；当前版本最多读取 %2）：请更新 gpu-setup 后再读取。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This gpu-setup report is damaged (%1).</source>
        <translation>这份 gpu-setup 报告已损坏（%1）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+95"/>
        <location line="+18"/>
        <source>GPU setup report</source>
        <translation>GPU 环境配置报告</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+124"/>
        <location line="+109"/>
        <location line="+14"/>
        <source>What to do:</source>
        <translation>解决办法：</translation>
    </message>
    <message>
        <location line="-244"/>
        <location line="+123"/>
        <location line="+109"/>
        <source>Next:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+125"/>
        <location line="+105"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+123"/>
        <source>Stage</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+27"/>
        <location line="+96"/>
        <location line="+28"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+124"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+123"/>
        <source>Resolution</source>
        <translation>解决办法</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+131"/>
        <location line="+96"/>
        <source>(blocks)</source>
        <translation>（阻塞）</translation>
    </message>
    <message>
        <location line="-207"/>
        <location line="+124"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+124"/>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+125"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+132"/>
        <location line="+83"/>
        <source>Facts</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+140"/>
        <location line="+4"/>
        <source>Evidence:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+141"/>
        <location line="+68"/>
        <source>Actions taken</source>
        <translation>已执行的操作</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+143"/>
        <source>gpu-setup has not changed this machine.</source>
        <translation>gpu-setup 没有改动过这台电脑。</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+141"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
</context>
<context>
    <name>gpusetup::RunfileOperation</name>
    <message>
        <location filename="../core/actions/RunfileOperation.cpp" line="+90"/>
        <source>Installing the CUDA toolkit: %1 written</source>
        <translation>正在安装 CUDA 工具包：已写入 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Install the CUDA toolkit into %1</source>
        <translation>把 CUDA 工具包安装到 %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The CUDA installer %1 is not there; download it first.</source>
        <translation>CUDA 安装程序 %1 不存在；请先下载它。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is missing: install build-essential first (sudo apt-get install -y build-essential).</source>
        <translation>缺少 %1：请先安装 build-essential（sudo apt-get install -y build-essential）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not enough space on %1: %2 free, but the CUDA installer needs about 3x its size (%3) to unpack and install.</source>
        <translation>%1 空间不足：可用 %2，但 CUDA 安装程序解压和安装大约需要其自身大小 3 倍的空间（%3）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the compiler and free space…</source>
        <translation>正在检查编译器和可用空间…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the installer&apos;s checksum…</source>
        <translation>正在核对安装程序的校验和…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancelled; nothing was installed.</source>
        <translation>已取消；没有安装任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not match its expected checksum; download it again.</source>
        <translation>%1 与预期的校验和不匹配；请重新下载。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Removed %1 again.</source>
        <translation>已清理掉刚创建的 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The CUDA installer failed: %1</source>
        <translation>CUDA 安装程序运行失败：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The CUDA installer ended without error but %1 does not run.</source>
        <translation>CUDA 安装程序没有报错就结束了，但 %1 无法运行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CUDA toolkit</source>
        <translation>CUDA 工具包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CUDA toolkit (%1) is installed in %2.</source>
        <translation>CUDA 工具包（%1）已安装到 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes made as administrator are not undone automatically.</source>
        <translation>以管理员身份所做的更改不会被自动撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the journal for the files the helper wrote.</source>
        <translation>管理员助手写入了哪些文件，请查看操作记录。</translation>
    </message>
</context>
<context>
    <name>gpusetup::StepOperations</name>
    <message>
        <location filename="../core/actions/StepOperations.cpp" line="+64"/>
        <source>Anaconda&apos;s Terms of Service are accepted only after you agree to them.</source>
        <translation>只有在你同意之后才会接受 Anaconda 服务条款。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The mirror in this step is not in the data; edit the file by hand.</source>
        <translation>此步骤中的镜像源不在数据中；请手动编辑该文件。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This toolkit step is not a runfile installation.</source>
        <translation>此工具包步骤不是 runfile 安装。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The profile text in this step is not a gpu-setup block; edit the file by hand.</source>
        <translation>此步骤中的配置文本不是 gpu-setup 配置块；请手动编辑该文件。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This step is done by you; follow the instructions shown.</source>
        <translation>此步骤需要你亲自完成；请按所示说明操作。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This step cannot be run from gpu-setup yet; run the command shown.</source>
        <translation>此步骤暂时无法由 gpu-setup 运行；请运行所示命令。</translation>
    </message>
</context>
<context>
    <name>gpusetup::Verify</name>
    <message>
        <location filename="../core/verify/Verifier.cpp" line="+227"/>
        <source>%1 is not installed or not on PATH.</source>
        <translation>%1 未安装或不在 PATH 中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not answer within %2 s and was stopped.</source>
        <translation>%1 在 %2 秒内没有响应，已被终止。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 crashed.</source>
        <translation>%1 崩溃了。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be started.</source>
        <translation>%1 无法启动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 运行失败，退出码 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed: %2</source>
        <translation>%1 运行失败：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelled before it ran.</source>
        <translation>运行前已取消。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>NVIDIA driver (nvidia-smi)</source>
        <translation>NVIDIA 驱动（nvidia-smi）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nvidia-smi ran but listed no GPU.</source>
        <translation>nvidia-smi 运行了，但没有列出任何 GPU。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, driver %2</source>
        <translation>%1，驱动 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CUDA compiler (nvcc)</source>
        <translation>CUDA 编译器（nvcc）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (not on PATH; found at %1)</source>
        <translation>（不在 PATH 中；位于 %1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nvcc -V printed no release line.</source>
        <translation>nvcc -V 没有输出版本行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No CUDA compiler (nvcc) was found.</source>
        <translation>没有找到 CUDA 编译器（nvcc）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CUDA %1 (nvcc %2)%3</source>
        <translation>CUDA %1（nvcc %2）%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CUDA smoke program</source>
        <translation>CUDA 冒烟测试程序</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped: the NVIDIA driver does not answer.</source>
        <translation>已跳过：NVIDIA 驱动没有响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: no CUDA compiler (nvcc).</source>
        <translation>已跳过：没有 CUDA 编译器（nvcc）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not create a temporary folder for the program.</source>
        <translation>无法为测试程序创建临时目录。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nvcc could not compile the smoke program: %1</source>
        <translation>nvcc 无法编译测试程序：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled after compiling.</source>
        <translation>编译后已取消。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compiled and ran on %1 (compute capability %2); the vector sum is correct.</source>
        <translation>已在 %1（计算能力 %2）上编译并运行，向量加法结果正确。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The smoke program could not use the GPU: %1</source>
        <translation>测试程序无法使用 GPU：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The smoke program found no CUDA device.</source>
        <translation>测试程序没有找到 CUDA 设备。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The GPU computed a wrong vector sum.</source>
        <translation>GPU 算出的向量和是错的。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PyTorch sees the GPU</source>
        <translation>PyTorch 能识别 GPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped: no Python environment was chosen.</source>
        <translation>已跳过：没有选择 Python 环境。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no Python at %1.</source>
        <translation>%1 处没有 Python。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PyTorch is not installed in this environment (%1).</source>
        <translation>这个环境中没有安装 PyTorch（%1）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PyTorch %1 is a CPU-only build: it cannot use the GPU.</source>
        <translation>PyTorch %1 是仅 CPU 版本，无法使用 GPU。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PyTorch %1 (CUDA %2) reports torch.cuda.is_available() = False.</source>
        <translation>PyTorch %1（CUDA %2）报告 torch.cuda.is_available() = False。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PyTorch %1, CUDA %2, cuDNN %3 on %4</source>
        <translation>PyTorch %1，CUDA %2，cuDNN %3，运行于 %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matrix multiply and convolution on the GPU</source>
        <translation>GPU 上的矩阵乘法与卷积</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped: PyTorch cannot use the GPU (see above).</source>
        <translation>已跳过：PyTorch 无法使用 GPU（见上文）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The GPU computed a wrong result.</source>
        <translation>GPU 算出的结果是错的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2048×2048 matmul %1 ms (%2 TFLOP/s), conv2d %3 ms</source>
        <translation>2048×2048 矩阵乘法 %1 毫秒（%2 TFLOP/s），conv2d %3 毫秒</translation>
    </message>
</context>
</TS>
