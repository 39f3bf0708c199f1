<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>gpusetup::FactsWindow</name>
    <message>
        <location filename="../wizard/FactsWindow.cpp" line="92"/>
        <source>GPU Setup Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/FactsWindow.cpp" line="93"/>
        <source>&amp;Re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/FactsWindow.cpp" line="94"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/FactsWindow.cpp" line="95"/>
        <source>Check this machine again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/FactsWindow.cpp" line="96"/>
        <source>Copy the findings to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/FactsWindow.cpp" line="97"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/FactsWindow.cpp" line="99"/>
        <source>Checking this machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/FactsWindow.cpp" line="101"/>
        <source>What this machine has, and where each fact came from (checked in %n ms). Nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
