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
    <message>
        <source>Closed</source>
        <translation>Bağlıdır</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Fasilə</translation>
    </message>
    <message>
        <source>Please go to another counter</source>
        <translation>Zəhmət olmasa, başqa masaya yaxınlaşın</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Son yenilənmə: %1</translation>
    </message>
    <message>
        <source>Counter %1 is not in this display&apos;s zone</source>
        <translation>%1 masası bu ekranın zonasında deyil</translation>
    </message>
</context>
</TS>
