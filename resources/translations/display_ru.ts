<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>novbe::DisplayLabel</name>
    <message>
        <source>Now calling</source>
        <translation>Приглашаются</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Последние вызовы</translation>
    </message>
    <message>
        <source>again</source>
        <translation>повторно</translation>
    </message>
    <message>
        <source>Please wait for your number</source>
        <translation>Ожидайте вызова</translation>
    </message>
    <message>
        <source>No connection to the system</source>
        <translation>Нет связи с системой</translation>
    </message>
</context>
</TS>
