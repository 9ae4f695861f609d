<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
<context>
    <name>novbe::TicketStrings</name>
    <message>
        <source>Your number</source>
        <translation>Sizin nömrəniz</translation>
    </message>
    <message>
        <source>Scan to follow your turn</source>
        <translation>Növbənizi izləmək üçün skan edin</translation>
    </message>
    <message>
        <source>You are next</source>
        <translation>Növbəti sizsiniz</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead · about %1 min</source>
        <translation>
            <numerusform>Qarşınızda %n nəfər · təxminən %1 dəq</numerusform>
            <numerusform>Qarşınızda %n nəfər · təxminən %1 dəq</numerusform>
        </translation>
    </message>
</context>
</TS>
