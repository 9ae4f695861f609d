<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>novbe::PauseReasons</name>
    <message>
        <source>Short break</source>
        <translation>Short break</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Paperwork</source>
        <translation>Paperwork</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <translation>Technical problem</translation>
    </message>
    <message>
        <source>Called away by the manager</source>
        <translation>Called away by the manager</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
</TS>
