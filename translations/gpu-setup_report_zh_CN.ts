<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>gpusetup::Report</name>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>NVIDIA driver</source>
        <translation>NVIDIA 驱动</translation>
    </message>
    <message>
        <source>CUDA toolkit</source>
        <translation>CUDA 工具包</translation>
    </message>
    <message>
        <source>cuDNN</source>
        <translation>cuDNN</translation>
    </message>
    <message>
        <source>Python environment</source>
        <translation>Python 环境</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>GPUs (PCI)</source>
        <translation>GPU（PCI）</translation>
    </message>
    <message>
        <source>Secure Boot and reboot</source>
        <translation>安全启动与重启</translation>
    </message>
    <message>
        <source>CUDA toolkits</source>
        <translation>CUDA 工具包</translation>
    </message>
    <message>
        <source>conda</source>
        <translation>conda</translation>
    </message>
    <message>
        <source>Python environments</source>
        <translation>Python 环境</translation>
    </message>
    <message>
        <source>PATH and library path</source>
        <translation>PATH 与库路径</translation>
    </message>
    <message>
        <source>Shell profiles</source>
        <translation>Shell 配置文件</translation>
    </message>
    <message>
        <source>Disk and compiler</source>
        <translation>磁盘与编译器</translation>
    </message>
    <message>
        <source>Install or repair the NVIDIA driver (the Driver stage), reboot, and run the verification again.</source>
        <translation>安装或修复 NVIDIA 驱动（“驱动”步骤），重启后再次运行验证。</translation>
    </message>
    <message>
        <source>Install the CUDA toolkit (the CUDA stage), or put its bin folder on PATH in a new terminal.</source>
        <translation>安装 CUDA 工具包（“CUDA”步骤），或在新终端中把它的 bin 目录加入 PATH。</translation>
    </message>
    <message>
        <source>Make sure the toolkit's CUDA version is one the driver supports (nvidia-smi shows the highest), then run the verification again.</source>
        <translation>确认工具包的 CUDA 版本在驱动支持的范围内（nvidia-smi 显示最高版本），然后再次运行验证。</translation>
    </message>
    <message>
        <source>Install the CUDA build of PyTorch that the plan names into this environment (the Python stage).</source>
        <translation>在这个环境中安装方案指定的 CUDA 版 PyTorch（“Python 环境”步骤）。</translation>
    </message>
    <message>
        <source>Reboot and run the verification again; if it still fails, send this report to your TA.</source>
        <translation>重启后再次运行验证；如果仍然失败，请把这份报告发给助教。</translation>
    </message>
    <message>
        <source>Run the %1 stage in gpu-setup; it will: %2</source>
        <translation>在 gpu-setup 中运行“%1”步骤，它将：%2</translation>
    </message>
    <message>
        <source>The verification was not run (gpu-setup report --verify runs it).</source>
        <translation>尚未运行验证（gpu-setup report --verify 会运行它）。</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed.</source>
        <translation>%2 项检查中通过 %1 项。</translation>
    </message>
    <message>
        <source>Python unknown</source>
        <translation>Python 版本未知</translation>
    </message>
    <message>
        <source>no PyTorch</source>
        <translation>未安装 PyTorch</translation>
    </message>
    <message>
        <source>PyTorch %1 (CPU only)</source>
        <translation>PyTorch %1（仅 CPU）</translation>
    </message>
    <message>
        <source>PyTorch %1 (CUDA %2)</source>
        <translation>PyTorch %1（CUDA %2）</translation>
    </message>
    <message>
        <source>, active</source>
        <translation>，当前激活</translation>
    </message>
    <message>
        <source>The verified environment reports: %1</source>
        <translation>已验证的环境报告：%1</translation>
    </message>
    <message>
        <source>No Python environment found.</source>
        <translation>没有找到 Python 环境。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>nvcc on PATH: %1</source>
        <translation>PATH 中的 nvcc：%1</translation>
    </message>
    <message>
        <source>LD_LIBRARY_PATH finds libcudart in %1</source>
        <translation>LD_LIBRARY_PATH 在 %1 中找到 libcudart</translation>
    </message>
    <message>
        <source>Result: PASS</source>
        <translation>结果：通过</translation>
    </message>
    <message>
        <source>Result: NOT VERIFIED</source>
        <translation>结果：尚未验证</translation>
    </message>
    <message>
        <source>Result: FAIL, stuck at stage %1</source>
        <translation>结果：失败，卡在“%1”步骤</translation>
    </message>
    <message>
        <source>Created %1 by %2; %3.</source>
        <translation>由 %2 于 %1 生成；%3。</translation>
    </message>
    <message>
        <source>user name, host name, home folder and GPU serials/UUIDs replaced by placeholders</source>
        <translation>用户名、主机名、主目录以及 GPU 序列号/UUID 已替换为占位符</translation>
    </message>
    <message>
        <source>not redacted</source>
        <translation>未做脱敏处理</translation>
    </message>
    <message>
        <source>Stuck at %1: %2</source>
        <translation>卡在“%1”：%2</translation>
    </message>
    <message>
        <source>Every stage passes and the GPU was verified: this machine is ready for deep learning.</source>
        <translation>所有步骤均已通过，GPU 也已验证：这台电脑可以用于深度学习了。</translation>
    </message>
    <message>
        <source>Nothing failed, but the GPU was not verified yet.</source>
        <translation>没有失败项，但 GPU 尚未验证。</translation>
    </message>
    <message>
        <source>Run the verification (gpu-setup report --verify, or the Verify page of the wizard).</source>
        <translation>请运行验证（gpu-setup report --verify，或向导的“验证”页面）。</translation>
    </message>
    <message>
        <source>This file is not a gpu-setup report.</source>
        <translation>这个文件不是 gpu-setup 报告。</translation>
    </message>
    <message>
        <source>This gpu-setup report has no schema version; it is damaged.</source>
        <translation>这份 gpu-setup 报告没有格式版本号，已损坏。</translation>
    </message>
    <message>
        <source>This report was written by a newer gpu-setup (report schema %1; this one reads up to %2): update gpu-setup to read it.</source>
        <translation>这份报告由更新版本的 gpu-setup 生成（报告格式 %1；当前版本最多读取 %2）：请更新 gpu-setup 后再读取。</translation>
    </message>
    <message>
        <source>This gpu-setup report is damaged (%1).</source>
        <translation>这份 gpu-setup 报告已损坏（%1）。</translation>
    </message>
    <message>
        <source>GPU setup report</source>
        <translation>GPU 环境配置报告</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>解决办法：</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决办法</translation>
    </message>
    <message>
        <source>(blocks)</source>
        <translation>（阻塞）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>已执行的操作</translation>
    </message>
    <message>
        <source>gpu-setup has not changed this machine.</source>
        <translation>gpu-setup 没有改动过这台电脑。</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>PDF output needs the graphical libraries of gpu-setup, which this build lacks.</source>
        <translation>输出 PDF 需要 gpu-setup 的图形库，而这个版本没有包含它们。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>gpusetup::Verify</name>
    <message>
        <source>%1 is not installed or not on PATH.</source>
        <translation>%1 未安装或不在 PATH 中。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s and was stopped.</source>
        <translation>%1 在 %2 秒内没有响应，已被终止。</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 崩溃了。</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 无法启动。</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 运行失败，退出码 %2。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 运行失败：%2</translation>
    </message>
    <message>
        <source>Cancelled before it ran.</source>
        <translation>运行前已取消。</translation>
    </message>
    <message>
        <source>NVIDIA driver (nvidia-smi)</source>
        <translation>NVIDIA 驱动（nvidia-smi）</translation>
    </message>
    <message>
        <source>nvidia-smi ran but listed no GPU.</source>
        <translation>nvidia-smi 运行了，但没有列出任何 GPU。</translation>
    </message>
    <message>
        <source>%1, driver %2</source>
        <translation>%1，驱动 %2</translation>
    </message>
    <message>
        <source>CUDA compiler (nvcc)</source>
        <translation>CUDA 编译器（nvcc）</translation>
    </message>
    <message>
        <source> (not on PATH; found at %1)</source>
        <translation>（不在 PATH 中；位于 %1）</translation>
    </message>
    <message>
        <source>nvcc -V printed no release line.</source>
        <translation>nvcc -V 没有输出版本行。</translation>
    </message>
    <message>
        <source>No CUDA compiler (nvcc) was found.</source>
        <translation>没有找到 CUDA 编译器（nvcc）。</translation>
    </message>
    <message>
        <source>CUDA %1 (nvcc %2)%3</source>
        <translation>CUDA %1（nvcc %2）%3</translation>
    </message>
    <message>
        <source>CUDA smoke program</source>
        <translation>CUDA 冒烟测试程序</translation>
    </message>
    <message>
        <source>Skipped: the NVIDIA driver does not answer.</source>
        <translation>已跳过：NVIDIA 驱动没有响应。</translation>
    </message>
    <message>
        <source>Skipped: no CUDA compiler (nvcc).</source>
        <translation>已跳过：没有 CUDA 编译器（nvcc）。</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the program.</source>
        <translation>无法为测试程序创建临时目录。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>nvcc could not compile the smoke program: %1</source>
        <translation>nvcc 无法编译测试程序：%1</translation>
    </message>
    <message>
        <source>Cancelled after compiling.</source>
        <translation>编译后已取消。</translation>
    </message>
    <message>
        <source>Compiled and ran on %1 (compute capability %2); the vector sum is correct.</source>
        <translation>已在 %1（计算能力 %2）上编译并运行，向量加法结果正确。</translation>
    </message>
    <message>
        <source>The smoke program could not use the GPU: %1</source>
        <translation>测试程序无法使用 GPU：%1</translation>
    </message>
    <message>
        <source>The smoke program found no CUDA device.</source>
        <translation>测试程序没有找到 CUDA 设备。</translation>
    </message>
    <message>
        <source>The GPU computed a wrong vector sum.</source>
        <translation>GPU 算出的向量和是错的。</translation>
    </message>
    <message>
        <source>PyTorch sees the GPU</source>
        <translation>PyTorch 能识别 GPU</translation>
    </message>
    <message>
        <source>Skipped: no Python environment was chosen.</source>
        <translation>已跳过：没有选择 Python 环境。</translation>
    </message>
    <message>
        <source>There is no Python at %1.</source>
        <translation>%1 处没有 Python。</translation>
    </message>
    <message>
        <source>PyTorch is not installed in this environment (%1).</source>
        <translation>这个环境中没有安装 PyTorch（%1）。</translation>
    </message>
    <message>
        <source>PyTorch %1 is a CPU-only build: it cannot use the GPU.</source>
        <translation>PyTorch %1 是仅 CPU 版本，无法使用 GPU。</translation>
    </message>
    <message>
        <source>PyTorch %1 (CUDA %2) reports torch.cuda.is_available() = False.</source>
        <translation>PyTorch %1（CUDA %2）报告 torch.cuda.is_available() = False。</translation>
    </message>
    <message>
        <source>PyTorch %1, CUDA %2, cuDNN %3 on %4</source>
        <translation>PyTorch %1，CUDA %2，cuDNN %3，运行于 %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Matrix multiply and convolution on the GPU</source>
        <translation>GPU 上的矩阵乘法与卷积</translation>
    </message>
    <message>
        <source>Skipped: PyTorch cannot use the GPU (see above).</source>
        <translation>已跳过：PyTorch 无法使用 GPU（见上文）。</translation>
    </message>
    <message>
        <source>The GPU computed a wrong result.</source>
        <translation>GPU 算出的结果是错的。</translation>
    </message>
    <message>
        <source>2048×2048 matmul %1 ms (%2 TFLOP/s), conv2d %3 ms</source>
        <translation>2048×2048 矩阵乘法 %1 毫秒（%2 TFLOP/s），conv2d %3 毫秒</translation>
    </message>
</context>
</TS>
