<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>gpusetup::FactsWindow</name>
    <message>
        <location filename="../wizard/FactsWindow.cpp" line="92"/>
        <source>GPU Setup Wizard</source>
        <translation>GPU 环境配置向导</translation>
    </message>
    <message>
        <location filename="../wizard/FactsWindow.cpp" line="93"/>
        <source>&amp;Re-check</source>
        <translation>重新检测(&amp;R)</translation>
    </message>
    <message>
        <location filename="../wizard/FactsWindow.cpp" line="94"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../wizard/FactsWindow.cpp" line="95"/>
        <source>Check this machine again</source>
        <translation>重新检测这台电脑</translation>
    </message>
    <message>
        <location filename="../wizard/FactsWindow.cpp" line="96"/>
        <source>Copy the findings to the clipboard</source>
        <translation>把检测结果复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../wizard/FactsWindow.cpp" line="97"/>
        <source>Findings</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <location filename="../wizard/FactsWindow.cpp" line="99"/>
        <source>Checking this machine…</source>
        <translation>正在检测这台电脑……</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/FactsWindow.cpp" line="101"/>
        <source>What this machine has, and where each fact came from (checked in %n ms). Nothing was changed.</source>
        <translation>
            <numerusform>这台电脑上有什么，以及每一项是从哪里读到的（检测用时 %n 毫秒）。没有做任何改动。</numerusform>
        </translation>
    </message>
</context>
</TS>
