<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>novbe::DisplayLabel</name>
    <message>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <source>again</source>
        <translation>again</translation>
    </message>
    <message>
        <source>Please wait for your number</source>
        <translation>Please wait for your number</translation>
    </message>
    <message>
        <source>No connection to the system</source>
        <translation>No connection to the system</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Please go to another counter</source>
        <translation>Please go to another counter</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Last updated %1</translation>
    </message>
    <message>
        <source>Counter %1 is not in this display&apos;s zone</source>
        <translation>Counter %1 is not in this display&apos;s zone</translation>
    </message>
</context>
</TS>
