<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>novbe::ActionsPanel</name>
    <message>
        <source>Please confirm</source>
        <translation>Подтвердите, пожалуйста</translation>
    </message>
    <message>
        <source>Services: new tickets</source>
        <translation>Услуги: новые талоны</translation>
    </message>
    <message>
        <source>Ticker on the hall displays</source>
        <translation>Бегущая строка на табло в зале</translation>
    </message>
    <message>
        <source>No new tickets after</source>
        <translation>Без новых талонов после</translation>
    </message>
    <message>
        <source>Set cut-off</source>
        <translation>Задать время</translation>
    </message>
    <message>
        <source>Remove cut-off</source>
        <translation>Снять ограничение</translation>
    </message>
    <message>
        <source>Cancel a waiting ticket…</source>
        <translation>Отменить ожидающий талон…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>e.g. The notary service closes at 16:00 today</source>
        <translation>напр. Нотариат сегодня закрывается в 16:00</translation>
    </message>
    <message>
        <source>Minutes (0 = all day)</source>
        <translation>Минут (0 = весь день)</translation>
    </message>
    <message>
        <source>Show on displays</source>
        <translation>Показать на табло</translation>
    </message>
    <message>
        <source>Clear ticker</source>
        <translation>Убрать строку</translation>
    </message>
    <message>
        <source>No message on the displays now.</source>
        <translation>Сейчас на табло нет сообщения.</translation>
    </message>
    <message>
        <source>Showing now (until %1): %2</source>
        <translation>Сейчас показывается (до %1): %2</translation>
    </message>
    <message>
        <source>Showing now (all day): %1</source>
        <translation>Сейчас показывается (весь день): %1</translation>
    </message>
    <message>
        <source>Reopen for new tickets</source>
        <translation>Снова открыть для новых талонов</translation>
    </message>
    <message>
        <source>Close for new tickets</source>
        <translation>Закрыть для новых талонов</translation>
    </message>
    <message>
        <source>Reopen %1? The kiosks issue tickets for it again at once.</source>
        <translation>Снова открыть «%1»? Киоски сразу снова начнут выдавать талоны.</translation>
    </message>
    <message>
        <source>Close %1 for new tickets for the rest of today? The kiosks show it closed at once; people already waiting are still served.</source>
        <translation>Закрыть «%1» для новых талонов до конца дня? Киоски сразу покажут услугу закрытой; тех, кто уже ждёт, обслужат.</translation>
    </message>
    <message>
        <source>Remove today&apos;s cut-off of %1?</source>
        <translation>Снять сегодняшнее ограничение для «%1»?</translation>
    </message>
    <message>
        <source>No new tickets for %1 after %2 today?</source>
        <translation>Не выдавать новые талоны на «%1» сегодня после %2?</translation>
    </message>
    <message>
        <source>Cancel ticket %1? The citizen loses the place in the queue.</source>
        <translation>Отменить талон %1? Гражданин потеряет место в очереди.</translation>
    </message>
    <message>
        <source>Clear the ticker on every hall display?</source>
        <translation>Убрать бегущую строку со всех табло в зале?</translation>
    </message>
    <message>
        <source>Show this message on every hall display?

%1</source>
        <translation>Показать это сообщение на всех табло в зале?

%1</translation>
    </message>
</context>
<context>
    <name>novbe::AlertTexts</name>
    <message>
        <source>%1: a citizen has waited longer than the target of %2</source>
        <translation>%1: гражданин ждёт дольше цели в %2</translation>
    </message>
    <message>
        <source>Open another counter for this service or move an operator.</source>
        <translation>Откройте ещё одно окно для этой услуги или переведите оператора.</translation>
    </message>
    <message>
        <source>%1: %2 people waiting (alert from %3)</source>
        <translation>%1: ждут %2 чел. (порог %3)</translation>
    </message>
    <message>
        <source>%1: the queue will not clear by closing time</source>
        <translation>%1: очередь не закончится к закрытию</translation>
    </message>
    <message>
        <source>Stop issuing tickets for it at %1 or open another counter.</source>
        <translation>Прекратите выдачу талонов на неё в %1 или откройте ещё одно окно.</translation>
    </message>
    <message>
        <source>Counter %1 has been idle for over %2 while citizens wait</source>
        <translation>Окно %1 простаивает дольше %2, а граждане ждут</translation>
    </message>
    <message>
        <source>Ask the operator to call the next ticket.</source>
        <translation>Попросите оператора вызвать следующий талон.</translation>
    </message>
    <message>
        <source>%1 is low on paper</source>
        <translation>В %1 заканчивается бумага</translation>
    </message>
    <message>
        <source>Bring a new roll before it runs out.</source>
        <translation>Принесите новый рулон, пока бумага не кончилась.</translation>
    </message>
    <message>
        <source>%1 is out of paper</source>
        <translation>В %1 закончилась бумага</translation>
    </message>
    <message>
        <source>It has stopped issuing tickets: load a new roll now.</source>
        <translation>Он перестал выдавать талоны: вставьте новый рулон сейчас.</translation>
    </message>
    <message>
        <source>%1 has its printer cover open</source>
        <translation>У %1 открыта крышка принтера</translation>
    </message>
    <message>
        <source>%1 cannot reach its printer</source>
        <translation>%1 не видит свой принтер</translation>
    </message>
    <message>
        <source>It has stopped issuing tickets: fix the printer now.</source>
        <translation>Он перестал выдавать талоны: исправьте принтер сейчас.</translation>
    </message>
    <message>
        <source>%1 is offline</source>
        <translation>%1 не в сети</translation>
    </message>
    <message>
        <source>Check its power and network cable.</source>
        <translation>Проверьте питание и сетевой кабель.</translation>
    </message>
    <message>
        <source>The check of the database found damage</source>
        <translation>Проверка базы данных нашла повреждения</translation>
    </message>
    <message>
        <source>Back up the database and call the administrator.</source>
        <translation>Сделайте резервную копию базы данных и вызовите администратора.</translation>
    </message>
</context>
<context>
    <name>novbe::ControlsTable</name>
    <message>
        <source>Service</source>
        <comment>table column</comment>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>table column</comment>
        <translation>Ждут</translation>
    </message>
    <message>
        <source>New tickets</source>
        <comment>table column</comment>
        <translation>Новые талоны</translation>
    </message>
    <message>
        <source>Cut-off
today</source>
        <comment>table column</comment>
        <translation>Выдача
до</translation>
    </message>
    <message>
        <source>Closed by the manager for today</source>
        <translation>Закрыта руководителем на сегодня</translation>
    </message>
    <message>
        <source>No new tickets after %1</source>
        <translation>Без новых талонов после %1</translation>
    </message>
    <message>
        <source>Closed (opening hours)</source>
        <translation>Закрыта (часы работы)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
</context>
<context>
    <name>novbe::CountersGrid</name>
    <message>
        <source>serving</source>
        <translation>обслуживает</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>вызывает</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>пауза</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>свободно</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>idle while citizens wait</source>
        <translation>простаивает, а люди ждут</translation>
    </message>
</context>
<context>
    <name>novbe::DashboardFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>novbe::DashboardWindow</name>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Növbə — centre dashboard</source>
        <translation>Növbə — панель руководителя центра</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● подключено</translation>
    </message>
    <message>
        <source>● engine unreachable — reconnecting</source>
        <translation>● сервер недоступен — переподключение</translation>
    </message>
    <message>
        <source>No alerts: every printer, display and queue is fine.</source>
        <translation>Оповещений нет: все принтеры, табло и очереди в порядке.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert (or the newest one): the sound stops</source>
        <translation>Подтвердить выбранное оповещение (или самое новое): звук прекратится</translation>
    </message>
    <message>
        <source>✓ acknowledged by %1 at %2</source>
        <translation>✓ подтвердил %1 в %2</translation>
    </message>
    <message>
        <source>● engine certificate refused — see the log</source>
        <translation>● сертификат сервера отклонён — см. журнал</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
</context>
<context>
    <name>novbe::DevicesTable</name>
    <message>
        <source>Device</source>
        <comment>table column</comment>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>table column</comment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Connection</source>
        <comment>table column</comment>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Printer</source>
        <comment>table column</comment>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Last report</source>
        <comment>table column</comment>
        <translation>Последний отчёт</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <source>paper low</source>
        <translation>мало бумаги</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>нет бумаги</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>крышка открыта</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>киоск</translation>
    </message>
    <message>
        <source>display</source>
        <translation>табло</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>рабочее место</translation>
    </message>
    <message>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>не в сети</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 назад)</translation>
    </message>
</context>
<context>
    <name>novbe::HqCentreTab</name>
    <message>
        <source>Centre:</source>
        <translation>Центр:</translation>
    </message>
    <message>
        <source>%1: %2 waiting (about %3)</source>
        <translation>%1: ждут %2 (около %3)</translation>
    </message>
    <message>
        <source>Waiting now: %1</source>
        <translation>Сейчас ждут: %1</translation>
    </message>
    <message>
        <source>Choose a centre (or double-click it on the first tab).</source>
        <translation>Выберите центр (или дважды щёлкните по нему на первой вкладке).</translation>
    </message>
    <message>
        <source>Today so far: %1</source>
        <translation>Сегодня на данный момент: %1</translation>
    </message>
</context>
<context>
    <name>novbe::HqCentresTable</name>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Link to HQ</source>
        <translation>Связь с HQ</translation>
    </message>
    <message>
        <source>Newest
figure</source>
        <translation>Последние
данные</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ждут</translation>
    </message>
    <message>
        <source>Longest wait /
target</source>
        <translation>Дольше всех ждёт /
цель</translation>
    </message>
    <message>
        <source>Served
today</source>
        <translation>Обслужено
сегодня</translation>
    </message>
    <message>
        <source>Called within
target</source>
        <translation>Вызваны
в срок</translation>
    </message>
    <message>
        <source>Average
rating</source>
        <translation>Средняя
оценка</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>На связи</translation>
    </message>
    <message>
        <source>Quiet for %1</source>
        <translation>Тишина %1</translation>
    </message>
    <message>
        <source>No contact for %1</source>
        <translation>Нет связи %1</translation>
    </message>
    <message>
        <source>Never connected</source>
        <translation>Ни разу не подключался</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 назад</translation>
    </message>
</context>
<context>
    <name>novbe::HqFeed</name>
    <message>
        <source>HQ&apos;s database does not answer</source>
        <translation>База данных HQ не отвечает</translation>
    </message>
</context>
<context>
    <name>novbe::HqReportTab</name>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Не удалось прочитать отчёт: %1</translation>
    </message>
    <message>
        <source>Choose a range of at most %1 days, the first day first.</source>
        <translation>Выберите диапазон не более %1 дней, сначала первый день.</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Отчёт читается…</translation>
    </message>
    <message>
        <source>All centres, %1</source>
        <translation>Все центры, %1</translation>
    </message>
    <message>
        <source>Növbə — national report</source>
        <translation>Növbə — отчёт по стране</translation>
    </message>
</context>
<context>
    <name>novbe::HqReportTables</name>
    <message>
        <source>Centres</source>
        <translation>Центры</translation>
    </message>
    <message>
        <source>Centre</source>
        <comment>report column</comment>
        <translation>Центр</translation>
    </message>
</context>
<context>
    <name>novbe::HqWindow</name>
    <message>
        <source>Növbə — national view</source>
        <translation>Növbə — вся страна</translation>
    </message>
    <message>
        <source>Növbə — all centres</source>
        <translation>Növbə — все центры</translation>
    </message>
    <message>
        <source>HQ database: %1</source>
        <translation>База данных HQ: %1</translation>
    </message>
    <message>
        <source>All centres</source>
        <translation>Все центры</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>National report</source>
        <translation>Отчёт по стране</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message>
        <source>● HQ connected</source>
        <translation>● HQ на связи</translation>
    </message>
    <message>
        <source>● No link to HQ</source>
        <translation>● Нет связи с HQ</translation>
    </message>
    <message>
        <source>HQ&apos;s database cannot be read — %1
The figures shown are from %2 and are not updated.</source>
        <translation>База данных HQ недоступна — %1
Показаны данные на %2, они не обновляются.</translation>
    </message>
    <message>
        <source>HQ&apos;s database cannot be read — %1</source>
        <translation>База данных HQ недоступна — %1</translation>
    </message>
</context>
<context>
    <name>novbe::KpiCardsView</name>
    <message>
        <source>nobody is waiting</source>
        <translation>никто не ждёт</translation>
    </message>
    <message>
        <source>%1 · target %2</source>
        <translation>%1 · цель %2</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Сейчас ждут</translation>
    </message>
    <message>
        <source>citizens in every queue</source>
        <translation>во всех очередях</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Самое долгое ожидание</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Обслужено сегодня</translation>
    </message>
    <message>
        <source>of %1 tickets issued</source>
        <translation>из %1 выданных талонов</translation>
    </message>
    <message>
        <source>Called within target</source>
        <translation>Вызваны в срок</translation>
    </message>
    <message>
        <source>target at least %1</source>
        <translation>цель: не менее %1</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>target at most %1</source>
        <translation>цель: не более %1</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Средняя оценка</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) · target %1</source>
        <translation>
            <numerusform>%n оценка · цель %1</numerusform>
            <numerusform>%n оценки · цель %1</numerusform>
            <numerusform>%n оценок · цель %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a week ago: %1</source>
        <translation>неделю назад: %1</translation>
    </message>
</context>
<context>
    <name>novbe::ManagerActions</name>
    <message>
        <source>Refused: this device is not registered as a manager&apos;s device.</source>
        <translation>Отказано: это устройство не зарегистрировано как устройство руководителя.</translation>
    </message>
    <message>
        <source>Refused: the centre has no such service (was the config reloaded?).</source>
        <translation>Отказано: в центре нет такой услуги (конфигурацию перезагрузили?).</translation>
    </message>
    <message>
        <source>Refused: that ticket is not known to the engine.</source>
        <translation>Отказано: система не знает этот талон.</translation>
    </message>
    <message>
        <source>Refused: the ticket is no longer waiting (called, served or cancelled meanwhile).</source>
        <translation>Отказано: талон больше не ждёт (его уже вызвали, обслужили или отменили).</translation>
    </message>
    <message>
        <source>Refused: the value is not valid (%1).</source>
        <translation>Отказано: недопустимое значение (%1).</translation>
    </message>
    <message>
        <source>Not saved: the engine cannot write to its database. Try again.</source>
        <translation>Не сохранено: система не может записать в базу данных. Повторите попытку.</translation>
    </message>
    <message>
        <source>Not sent: the engine is unreachable. Try again when it is connected.</source>
        <translation>Не отправлено: нет связи с системой. Повторите, когда связь восстановится.</translation>
    </message>
    <message>
        <source>Refused by the engine: %1</source>
        <translation>Система отказала: %1</translation>
    </message>
    <message>
        <source>Reopened: the kiosks issue tickets for it again.</source>
        <translation>Снова открыта: киоски снова выдают талоны.</translation>
    </message>
    <message>
        <source>Closed: the kiosks show it closed and issue no new tickets today.</source>
        <translation>Закрыта: киоски показывают её закрытой и сегодня новых талонов не выдают.</translation>
    </message>
    <message>
        <source>Cut-off set: no new tickets after %1 today.</source>
        <translation>Ограничение задано: сегодня после %1 новых талонов не будет.</translation>
    </message>
    <message>
        <source>Cut-off removed.</source>
        <translation>Ограничение снято.</translation>
    </message>
    <message>
        <source>The ticker is cleared on every display.</source>
        <translation>Бегущая строка убрана со всех табло.</translation>
    </message>
    <message>
        <source>The message shows on every hall display now.</source>
        <translation>Сообщение теперь показывается на всех табло в зале.</translation>
    </message>
    <message>
        <source>Ticket %1 is cancelled.</source>
        <translation>Талон %1 отменён.</translation>
    </message>
</context>
<context>
    <name>novbe::OperatorsTable</name>
    <message>
        <source>Operator</source>
        <comment>table column</comment>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Counter</source>
        <comment>table column</comment>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Served</source>
        <comment>table column</comment>
        <translation>Обслужено</translation>
    </message>
    <message>
        <source>Average
service</source>
        <comment>table column</comment>
        <translation>Среднее
обслуживание</translation>
    </message>
    <message>
        <source>Service
norm</source>
        <comment>table column</comment>
        <translation>Норма
обслуживания</translation>
    </message>
    <message>
        <source>No-shows</source>
        <comment>table column</comment>
        <translation>Неявки</translation>
    </message>
    <message>
        <source>Rating</source>
        <comment>table column</comment>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>table column</comment>
        <translation>На паузе</translation>
    </message>
    <message>
        <source>Pauses by reason</source>
        <comment>table column</comment>
        <translation>Паузы по причинам</translation>
    </message>
</context>
<context>
    <name>novbe::ReportCharts</name>
    <message>
        <source>Arrivals</source>
        <translation>Пришли</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Обслужены</translation>
    </message>
    <message>
        <source>Arrivals a week ago</source>
        <translation>Пришли неделю назад</translation>
    </message>
    <message>
        <source>Served a week ago</source>
        <translation>Обслужены неделю назад</translation>
    </message>
    <message>
        <source>Arrivals and served per 15 minutes</source>
        <translation>Пришли и обслужены за каждые 15 минут</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Waiting a week ago</source>
        <translation>Ожидали неделю назад</translation>
    </message>
    <message>
        <source>Citizens waiting over the day</source>
        <translation>Ожидающие в течение дня</translation>
    </message>
    <message>
        <source>Waits against the service&apos;s target (100 % = the target)</source>
        <translation>Ожидание относительно нормы услуги (100 % = норма)</translation>
    </message>
    <message>
        <source>share of the called tickets</source>
        <translation>доля вызванных талонов</translation>
    </message>
</context>
<context>
    <name>novbe::ReportTables</name>
    <message>
        <source> (s)</source>
        <translation> (с)</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>report column</comment>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Served</source>
        <comment>report column</comment>
        <translation>Обслужено</translation>
    </message>
    <message>
        <source>No-shows</source>
        <comment>report column</comment>
        <translation>Неявки</translation>
    </message>
    <message>
        <source>No-show
%</source>
        <comment>report column</comment>
        <translation>Неявки
%</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>report column</comment>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Average
wait</source>
        <comment>report column</comment>
        <translation>Среднее
ожидание</translation>
    </message>
    <message>
        <source>90 % waited
at most</source>
        <comment>report column</comment>
        <translation>90 % ждали
не дольше</translation>
    </message>
    <message>
        <source>Longest
wait</source>
        <comment>report column</comment>
        <translation>Самое долгое
ожидание</translation>
    </message>
    <message>
        <source>Average
service</source>
        <comment>report column</comment>
        <translation>Среднее
обслуживание</translation>
    </message>
    <message>
        <source>Called within
target %</source>
        <comment>report column</comment>
        <translation>Вызваны
в норму %</translation>
    </message>
    <message>
        <source>Average
rating</source>
        <comment>report column</comment>
        <translation>Средняя
оценка</translation>
    </message>
    <message>
        <source>Ratings</source>
        <comment>report column</comment>
        <translation>Оценок</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>report column</comment>
        <translation>На паузе</translation>
    </message>
    <message>
        <source>Pauses by reason</source>
        <comment>report column</comment>
        <translation>Паузы по причинам</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>report column</comment>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Окна</translation>
    </message>
    <message>
        <source>Counter</source>
        <comment>report column</comment>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Operator</source>
        <comment>report column</comment>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>report column</comment>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Hours of the day</source>
        <translation>Часы дня</translation>
    </message>
    <message>
        <source>Hour</source>
        <comment>report column</comment>
        <translation>Час</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Все услуги</translation>
    </message>
    <message>
        <source>All services: %1 issued, %2 served, average wait %3, %4 called within target</source>
        <translation>Все услуги: выдано %1, обслужено %2, среднее ожидание %3, вызвано в норму %4</translation>
    </message>
    <message>
        <source>days: %1</source>
        <translation>дней: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>report column</comment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>report column</comment>
        <translation>Группа</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Показать отчёт</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Отчёт за %1</translation>
    </message>
    <message>
        <source>Charts: %1</source>
        <translation>Графики: %1</translation>
    </message>
</context>
<context>
    <name>novbe::ServicesTable</name>
    <message>
        <source>Service</source>
        <comment>table column</comment>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>table column</comment>
        <translation>Ждут</translation>
    </message>
    <message>
        <source>Longest
wait</source>
        <comment>table column</comment>
        <translation>Макс.
ожидание</translation>
    </message>
    <message>
        <source>Average
wait</source>
        <comment>table column</comment>
        <translation>Среднее
ожидание</translation>
    </message>
    <message>
        <source>Average
service</source>
        <comment>table column</comment>
        <translation>Среднее
обслуживание</translation>
    </message>
    <message>
        <source>Called within
target</source>
        <comment>table column</comment>
        <translation>Вызваны
в срок</translation>
    </message>
    <message>
        <source>No-show</source>
        <comment>table column</comment>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>Issued /
served</source>
        <comment>table column</comment>
        <translation>Выдано /
обслужено</translation>
    </message>
    <message>
        <source>Open
counters</source>
        <comment>table column</comment>
        <translation>Открытые
окна</translation>
    </message>
    <message>
        <source>Queue
clears</source>
        <comment>table column</comment>
        <translation>Очередь
рассосётся</translation>
    </message>
    <message>
        <source>Stop issuing
at</source>
        <comment>table column</comment>
        <translation>Прекратить
выдачу в</translation>
    </message>
    <message>
        <source>not at this pace</source>
        <translation>не при этом темпе</translation>
    </message>
</context>
<context>
    <name>novbe::TicketPickDialog</name>
    <message>
        <source>Cancel a waiting ticket</source>
        <translation>Отмена ожидающего талона</translation>
    </message>
    <message>
        <source>Nobody is waiting for %1.</source>
        <translation>Никто не ждёт услугу «%1».</translation>
    </message>
    <message>
        <source>Waiting for %1, in call order:</source>
        <translation>Ждут услугу «%1», в порядке вызова:</translation>
    </message>
    <message>
        <source>%1 · waiting %2 · %3</source>
        <translation>%1 · ждёт %2 · %3</translation>
    </message>
    <message>
        <source>Cancel this ticket…</source>
        <translation>Отменить этот талон…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
</TS>
