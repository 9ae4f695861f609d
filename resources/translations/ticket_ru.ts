<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>novbe::TicketStrings</name>
    <message>
        <source>Your number</source>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <source>Scan to follow your turn</source>
        <translation>Сканируйте, чтобы следить за очередью</translation>
    </message>
    <message>
        <source>You are next</source>
        <translation>Вы следующий</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead · about %1 min</source>
        <translation>
            <numerusform>Перед вами %n человек · около %1 мин</numerusform>
            <numerusform>Перед вами %n человека · около %1 мин</numerusform>
            <numerusform>Перед вами %n человек · около %1 мин</numerusform>
        </translation>
    </message>
</context>
</TS>
