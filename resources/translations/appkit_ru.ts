<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>novbe::PauseReasons</name>
    <message>
        <source>Short break</source>
        <translation>Короткий перерыв</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Обед</translation>
    </message>
    <message>
        <source>Paperwork</source>
        <translation>Работа с документами</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <translation>Техническая проблема</translation>
    </message>
    <message>
        <source>Called away by the manager</source>
        <translation>Вызван руководителем</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
</context>
</TS>
