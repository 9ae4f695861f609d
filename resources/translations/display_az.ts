<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
<context>
    <name>novbe::DisplayLabel</name>
    <message>
        <source>Now calling</source>
        <translation>Hazırda çağırılır</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Bilet</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Son çağırışlar</translation>
    </message>
    <message>
        <source>again</source>
        <translation>təkrar</translation>
    </message>
    <message>
        <source>Please wait for your number</source>
        <translation>Nömrənizi gözləyin</translation>
    </message>
    <message>
        <source>No connection to the system</source>
        <translation>Sistemlə əlaqə yoxdur</translation>
    </message>
</context>
</TS>
