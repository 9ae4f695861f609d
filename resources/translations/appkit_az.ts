<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
<context>
    <name>novbe::PauseReasons</name>
    <message>
        <source>Short break</source>
        <translation>Qısa fasilə</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Nahar</translation>
    </message>
    <message>
        <source>Paperwork</source>
        <translation>Sənədlərlə iş</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <translation>Texniki problem</translation>
    </message>
    <message>
        <source>Called away by the manager</source>
        <translation>Rəhbər çağırıb</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Fasilə</translation>
    </message>
</context>
</TS>
