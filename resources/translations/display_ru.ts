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
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Please go to another counter</source>
        <translation>Пожалуйста, обратитесь в другое окно</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message>
        <source>Counter %1 is not in this display&apos;s zone</source>
        <translation>Окна %1 нет в зоне этого экрана</translation>
    </message>
</context>
</TS>
