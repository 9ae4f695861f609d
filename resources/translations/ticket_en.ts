<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>novbe::TicketStrings</name>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Scan to follow your turn</source>
        <translation>Scan to follow your turn</translation>
    </message>
    <message>
        <source>You are next</source>
        <translation>You are next</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead · about %1 min</source>
        <translation>
            <numerusform>%n person ahead · about %1 min</numerusform>
            <numerusform>%n people ahead · about %1 min</numerusform>
        </translation>
    </message>
</context>
</TS>
