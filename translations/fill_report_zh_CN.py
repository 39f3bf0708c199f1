#!/usr/bin/env python3
"""Fills translations/gpu-setup_report_zh_CN.ts (made by lupdate from core/report, core/verify
and app/ReportPdf) with the Chinese below; run it after lupdate when strings change."""
import sys
import xml.etree.ElementTree as ET

ZH = {
    'GPU': 'GPU',
    'NVIDIA driver': 'NVIDIA 驱动',
    'CUDA toolkit': 'CUDA 工具包',
    'cuDNN': 'cuDNN',
    'Python environment': 'Python 环境',
    'Verification': '验证',
    'PASS': '通过',
    'FAIL': '失败',
    'not needed': '不需要',
    'not run': '未运行',
    'skipped': '已跳过',
    'cancelled': '已取消',
    'Machine': '计算机',
    'Operating system': '操作系统',
    'GPUs (PCI)': 'GPU（PCI）',
    'Secure Boot and reboot': '安全启动与重启',
    'CUDA toolkits': 'CUDA 工具包',
    'conda': 'conda',
    'Python environments': 'Python 环境',
    'PATH and library path': 'PATH 与库路径',
    'Shell profiles': 'Shell 配置文件',
    'Disk and compiler': '磁盘与编译器',
    'Install or repair the NVIDIA driver (the Driver stage), reboot, and run the verification again.':
        '安装或修复 NVIDIA 驱动（“驱动”步骤），重启后再次运行验证。',
    'Install the CUDA toolkit (the CUDA stage), or put its bin folder on PATH in a new terminal.':
        '安装 CUDA 工具包（“CUDA”步骤），或在新终端中把它的 bin 目录加入 PATH。',
    "Make sure the toolkit's CUDA version is one the driver supports (nvidia-smi shows the highest), then run the verification again.":
        '确认工具包的 CUDA 版本在驱动支持的范围内（nvidia-smi 显示最高版本），然后再次运行验证。',
    'Install the CUDA build of PyTorch that the plan names into this environment (the Python stage).':
        '在这个环境中安装方案指定的 CUDA 版 PyTorch（“Python 环境”步骤）。',
    'Reboot and run the verification again; if it still fails, send this report to your TA.':
        '重启后再次运行验证；如果仍然失败，请把这份报告发给助教。',
    'Run the %1 stage in gpu-setup; it will: %2': '在 gpu-setup 中运行“%1”步骤，它将：%2',
    'The verification was not run (gpu-setup report --verify runs it).':
        '尚未运行验证（gpu-setup report --verify 会运行它）。',
    '%1 of %2 checks passed.': '%2 项检查中通过 %1 项。',
    'Python unknown': 'Python 版本未知',
    'no PyTorch': '未安装 PyTorch',
    'PyTorch %1 (CPU only)': 'PyTorch %1（仅 CPU）',
    'PyTorch %1 (CUDA %2)': 'PyTorch %1（CUDA %2）',
    ', active': '，当前激活',
    'The verified environment reports: %1': '已验证的环境报告：%1',
    'No Python environment found.': '没有找到 Python 环境。',
    '(not set)': '（未设置）',
    'nvcc on PATH: %1': 'PATH 中的 nvcc：%1',
    'LD_LIBRARY_PATH finds libcudart in %1': 'LD_LIBRARY_PATH 在 %1 中找到 libcudart',
    'Result: PASS': '结果：通过',
    'Result: NOT VERIFIED': '结果：尚未验证',
    'Result: FAIL, stuck at stage %1': '结果：失败，卡在“%1”步骤',
    'Created %1 by %2; %3.': '由 %2 于 %1 生成；%3。',
    'user name, host name, home folder and GPU serials/UUIDs replaced by placeholders':
        '用户名、主机名、主目录以及 GPU 序列号/UUID 已替换为占位符',
    'not redacted': '未做脱敏处理',
    'Stuck at %1: %2': '卡在“%1”：%2',
    'Every stage passes and the GPU was verified: this machine is ready for deep learning.':
        '所有步骤均已通过，GPU 也已验证：这台电脑可以用于深度学习了。',
    'Nothing failed, but the GPU was not verified yet.': '没有失败项，但 GPU 尚未验证。',
    'Run the verification (gpu-setup report --verify, or the Verify page of the wizard).':
        '请运行验证（gpu-setup report --verify，或向导的“验证”页面）。',
    'This file is not a gpu-setup report.': '这个文件不是 gpu-setup 报告。',
    'This gpu-setup report has no schema version; it is damaged.':
        '这份 gpu-setup 报告没有格式版本号，已损坏。',
    'This report was written by a newer gpu-setup (report schema %1; this one reads up to %2): update gpu-setup to read it.':
        '这份报告由更新版本的 gpu-setup 生成（报告格式 %1；当前版本最多读取 %2）：请更新 gpu-setup 后再读取。',
    'This gpu-setup report is damaged (%1).': '这份 gpu-setup 报告已损坏（%1）。',
    'GPU setup report': 'GPU 环境配置报告',
    'What to do:': '解决办法：',
    'Summary': '摘要',
    'Stage': '步骤',
    'Result': '结果',
    'Problem': '问题',
    'Resolution': '解决办法',
    '(blocks)': '（阻塞）',
    'Check': '检查项',
    'Time': '用时',
    'Details': '详情',
    'Facts': '检测结果',
    'Evidence:': '依据：',
    'Actions taken': '已执行的操作',
    'gpu-setup has not changed this machine.': 'gpu-setup 没有改动过这台电脑。',
    'backup': '备份',
    'Log': '日志',
    'PDF output needs the graphical libraries of gpu-setup, which this build lacks.':
        '输出 PDF 需要 gpu-setup 的图形库，而这个版本没有包含它们。',
    'Cannot write %1: %2.': '无法写入 %1：%2。',
    '%1 is not installed or not on PATH.': '%1 未安装或不在 PATH 中。',
    '%1 did not answer within %2 s and was stopped.': '%1 在 %2 秒内没有响应，已被终止。',
    '%1 crashed.': '%1 崩溃了。',
    '%1 could not be started.': '%1 无法启动。',
    '%1 failed with exit code %2.': '%1 运行失败，退出码 %2。',
    '%1 failed: %2': '%1 运行失败：%2',
    'Cancelled before it ran.': '运行前已取消。',
    'NVIDIA driver (nvidia-smi)': 'NVIDIA 驱动（nvidia-smi）',
    'nvidia-smi ran but listed no GPU.': 'nvidia-smi 运行了，但没有列出任何 GPU。',
    '%1, driver %2': '%1，驱动 %2',
    'CUDA compiler (nvcc)': 'CUDA 编译器（nvcc）',
    ' (not on PATH; found at %1)': '（不在 PATH 中；位于 %1）',
    'nvcc -V printed no release line.': 'nvcc -V 没有输出版本行。',
    'No CUDA compiler (nvcc) was found.': '没有找到 CUDA 编译器（nvcc）。',
    'CUDA %1 (nvcc %2)%3': 'CUDA %1（nvcc %2）%3',
    'CUDA smoke program': 'CUDA 冒烟测试程序',
    'Skipped: the NVIDIA driver does not answer.': '已跳过：NVIDIA 驱动没有响应。',
    'Skipped: no CUDA compiler (nvcc).': '已跳过：没有 CUDA 编译器（nvcc）。',
    'Could not create a temporary folder for the program.': '无法为测试程序创建临时目录。',
    'Could not write %1.': '无法写入 %1。',
    'nvcc could not compile the smoke program: %1': 'nvcc 无法编译测试程序：%1',
    'Cancelled after compiling.': '编译后已取消。',
    'Compiled and ran on %1 (compute capability %2); the vector sum is correct.':
        '已在 %1（计算能力 %2）上编译并运行，向量加法结果正确。',
    'The smoke program could not use the GPU: %1': '测试程序无法使用 GPU：%1',
    'The smoke program found no CUDA device.': '测试程序没有找到 CUDA 设备。',
    'The GPU computed a wrong vector sum.': 'GPU 算出的向量和是错的。',
    'PyTorch sees the GPU': 'PyTorch 能识别 GPU',
    'Skipped: no Python environment was chosen.': '已跳过：没有选择 Python 环境。',
    'There is no Python at %1.': '%1 处没有 Python。',
    'PyTorch is not installed in this environment (%1).': '这个环境中没有安装 PyTorch（%1）。',
    'PyTorch %1 is a CPU-only build: it cannot use the GPU.': 'PyTorch %1 是仅 CPU 版本，无法使用 GPU。',
    'PyTorch %1 (CUDA %2) reports torch.cuda.is_available() = False.':
        'PyTorch %1（CUDA %2）报告 torch.cuda.is_available() = False。',
    'PyTorch %1, CUDA %2, cuDNN %3 on %4': 'PyTorch %1，CUDA %2，cuDNN %3，运行于 %4',
    'none': '无',
    'Matrix multiply and convolution on the GPU': 'GPU 上的矩阵乘法与卷积',
    'Skipped: PyTorch cannot use the GPU (see above).': '已跳过：PyTorch 无法使用 GPU（见上文）。',
    'The GPU computed a wrong result.': 'GPU 算出的结果是错的。',
    '2048×2048 matmul %1 ms (%2 TFLOP/s), conv2d %3 ms': '2048×2048 矩阵乘法 %1 毫秒（%2 TFLOP/s），conv2d %3 毫秒',
}

path = sys.argv[1] if len(sys.argv) > 1 else 'translations/gpu-setup_report_zh_CN.ts'
tree = ET.parse(path)
missing = []
for m in tree.iter('message'):
    src = m.find('source').text
    tr = m.find('translation')
    if src in ZH:
        tr.text = ZH[src]
        tr.attrib.pop('type', None)
    else:
        missing.append(src)
with open(path, 'wb') as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding='utf-8', xml_declaration=False)
    f.write(b'\n')
if missing:
    sys.exit('untranslated: ' + '; '.join(missing))
