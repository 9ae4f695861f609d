<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>novbe::CheckinPage</name>
    <message>
        <source>Enter the 6-digit code of your appointment</source>
        <translation>Введите 6-значный код вашей записи</translation>
    </message>
    <message>
        <source>Or hold the code from your booking under the scanner.</source>
        <translation>Или поднесите код записи к сканеру.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>novbe::ConfirmationPage</name>
    <message>
        <source>You are next</source>
        <translation>Вы следующий</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead</source>
        <translation>
            <numerusform>Перед вами %n человек</numerusform>
            <numerusform>Перед вами %n человека</numerusform>
            <numerusform>Перед вами %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>около %n мин</numerusform>
            <numerusform>около %n мин</numerusform>
            <numerusform>около %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back to the start in %n s</source>
        <translation>
            <numerusform>Возврат в начало через %n с</numerusform>
            <numerusform>Возврат в начало через %n с</numerusform>
            <numerusform>Возврат в начало через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <source>Take your ticket below</source>
        <translation>Возьмите талон внизу</translation>
    </message>
</context>
<context>
    <name>novbe::FooterBar</name>
    <message>
        <source>I have an appointment</source>
        <translation>У меня есть запись</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>В начало</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>novbe::KioskApp</name>
    <message>
        <source>Please watch the screens for your number.</source>
        <translation>Следите за своим номером на экранах.</translation>
    </message>
</context>
<context>
    <name>novbe::KioskMessages</name>
    <message>
        <source>If you need help, please go to the reception desk.</source>
        <translation>Если нужна помощь, подойдите к стойке информации.</translation>
    </message>
    <message>
        <source>It is too early to check in</source>
        <translation>Регистрироваться ещё рано</translation>
    </message>
    <message>
        <source>Your check-in opens at %1. Please come back to this kiosk then.</source>
        <translation>Регистрация откроется в %1. Пожалуйста, подойдите к киоску в это время.</translation>
    </message>
    <message>
        <source>Your appointment time has passed</source>
        <translation>Время вашей записи прошло</translation>
    </message>
    <message>
        <source>You can no longer check in for this appointment. Please take a walk-in ticket instead.</source>
        <translation>Зарегистрироваться по этой записи уже нельзя. Пожалуйста, возьмите обычный талон.</translation>
    </message>
    <message>
        <source>Take a walk-in ticket</source>
        <translation>Взять обычный талон</translation>
    </message>
    <message>
        <source>We could not find this code</source>
        <translation>Мы не нашли этот код</translation>
    </message>
    <message>
        <source>Please check the 6 digits and try again.</source>
        <translation>Проверьте 6 цифр и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Enter the code again</source>
        <translation>Ввести код ещё раз</translation>
    </message>
    <message>
        <source>This code has already been used</source>
        <translation>Этот код уже использован</translation>
    </message>
    <message>
        <source>Your check-in may have gone through while the connection was lost. Please go to the reception desk.</source>
        <translation>Возможно, регистрация прошла, пока пропадала связь. Пожалуйста, подойдите к стойке информации.</translation>
    </message>
    <message>
        <source>This appointment was already checked in or cancelled. Please go to the reception desk.</source>
        <translation>По этой записи уже зарегистрировались, или она отменена. Пожалуйста, подойдите к стойке информации.</translation>
    </message>
    <message>
        <source>Check-in is not possible right now</source>
        <translation>Регистрация сейчас невозможна</translation>
    </message>
    <message>
        <source>This service is closed now</source>
        <translation>Эта услуга сейчас закрыта</translation>
    </message>
    <message>
        <source>No more tickets are given for this service now. Please choose another service or come back during its opening hours.</source>
        <translation>Талоны на эту услугу сейчас не выдаются. Выберите другую услугу или приходите в часы работы.</translation>
    </message>
    <message>
        <source>Choose another service</source>
        <translation>Выбрать другую услугу</translation>
    </message>
    <message>
        <source>No more tickets for this service today</source>
        <translation>Талоны на эту услугу на сегодня закончились</translation>
    </message>
    <message>
        <source>Today&apos;s tickets for this service are all given out. Please come back tomorrow or ask at the reception desk.</source>
        <translation>Все талоны на эту услугу на сегодня выданы. Приходите завтра или обратитесь к стойке информации.</translation>
    </message>
    <message>
        <source>We could not give you a ticket</source>
        <translation>Не удалось выдать талон</translation>
    </message>
    <message>
        <source>Nothing was printed. Please try again, or go to the reception desk.</source>
        <translation>Ничего не напечатано. Попробуйте ещё раз или подойдите к стойке информации.</translation>
    </message>
    <message>
        <source>We could not reach the queue system</source>
        <translation>Нет связи с системой очереди</translation>
    </message>
    <message>
        <source>No ticket was printed. Please try again in a moment, or go to the reception desk.</source>
        <translation>Талон не напечатан. Попробуйте чуть позже или подойдите к стойке информации.</translation>
    </message>
    <message>
        <source>Your ticket could not be printed</source>
        <translation>Не удалось напечатать ваш талон</translation>
    </message>
    <message>
        <source>Your number is %1 and your place in the queue is kept. Please remember this number and go to the reception desk: they will give you your ticket.</source>
        <translation>Ваш номер: %1, ваше место в очереди сохранено. Запомните этот номер и подойдите к стойке информации: там вам выдадут талон.</translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation>Одну минуту</translation>
    </message>
    <message>
        <source>Your ticket is being prepared.</source>
        <translation>Ваш талон готовится.</translation>
    </message>
    <message>
        <source>Printing your ticket</source>
        <translation>Печатаем ваш талон</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Пожалуйста, подождите немного.</translation>
    </message>
    <message>
        <source>%1 is open %2. Please choose another service or come back then.</source>
        <translation>Услуга «%1» работает %2. Выберите другую услугу или приходите в это время.</translation>
    </message>
    <message>
        <source>%1 is closed now. Please choose another service.</source>
        <translation>Услуга «%1» сейчас закрыта. Выберите другую услугу.</translation>
    </message>
    <message>
        <source>No one waiting</source>
        <translation>Очереди нет</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n ожидает</numerusform>
            <numerusform>%n ожидают</numerusform>
            <numerusform>%n ожидают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>около %n мин</numerusform>
            <numerusform>около %n мин</numerusform>
            <numerusform>около %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Сейчас закрыто</translation>
    </message>
    <message>
        <source>Closed · open %1</source>
        <translation>Закрыто · работает %1</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Сегодня закрыто</translation>
    </message>
    <message>
        <source>No new tickets after %1</source>
        <translation>Новых талонов после %1 нет</translation>
    </message>
    <message>
        <source>This service is closed today</source>
        <translation>Эта услуга сегодня закрыта</translation>
    </message>
    <message>
        <source>No new tickets are given for this service today. Please choose another service or ask at the reception desk.</source>
        <translation>Сегодня новые талоны на эту услугу не выдаются. Выберите другую услугу или обратитесь к стойке информации.</translation>
    </message>
    <message>
        <source>No new tickets are given for %1 today. Please choose another service or ask at the reception desk.</source>
        <translation>Сегодня новые талоны на «%1» не выдаются. Выберите другую услугу или обратитесь к стойке информации.</translation>
    </message>
    <message>
        <source>Today this service gives no new tickets after %1. Please come back tomorrow or ask at the reception desk.</source>
        <translation>Сегодня после %1 новые талоны на эту услугу не выдаются. Приходите завтра или обратитесь к стойке информации.</translation>
    </message>
    <message>
        <source>Today %1 gives no new tickets after %2. Please come back tomorrow or ask at the reception desk.</source>
        <translation>Сегодня после %2 новые талоны на «%1» не выдаются. Приходите завтра или обратитесь к стойке информации.</translation>
    </message>
    <message>
        <source>I have noted my number</source>
        <translation>Я запомнил номер</translation>
    </message>
</context>
<context>
    <name>novbe::KioskWindow</name>
    <message>
        <source>Printer paper is running low. Staff have been told.</source>
        <translation>В принтере заканчивается бумага. Сотрудники уже знают.</translation>
    </message>
    <message>
        <source>Choose a service area</source>
        <translation>Выберите раздел услуг</translation>
    </message>
    <message>
        <source>Do you have priority?</source>
        <translation>У вас есть право на приоритет?</translation>
    </message>
    <message>
        <source>Priority is checked at the counter: please have your document ready.</source>
        <translation>Право на приоритет проверяют у окна: приготовьте документ.</translation>
    </message>
    <message>
        <source>Choose your service</source>
        <translation>Выберите услугу</translation>
    </message>
    <message>
        <source>Most visitors: no priority</source>
        <translation>Для большинства посетителей: без приоритета</translation>
    </message>
    <message>
        <source>Your document is checked at the counter</source>
        <translation>Документ проверят у окна</translation>
    </message>
    <message>
        <source>Priority: after the service you choose your category.</source>
        <translation>Льгота: после выбора услуги вы выберете категорию.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Льгота</translation>
    </message>
</context>
<context>
    <name>novbe::MessagePage</name>
    <message numerus="yes">
        <source>Back to the start in %n s</source>
        <translation>
            <numerusform>Возврат в начало через %n с</numerusform>
            <numerusform>Возврат в начало через %n с</numerusform>
            <numerusform>Возврат в начало через %n с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novbe::OutOfServicePage</name>
    <message>
        <source>Sorry, this kiosk cannot give tickets right now.</source>
        <translation>Извините, этот киоск сейчас не выдаёт талоны.</translation>
    </message>
    <message>
        <source>Please go to the reception desk: they will help you.</source>
        <translation>Пожалуйста, подойдите к стойке информации: вам помогут.</translation>
    </message>
    <message>
        <source>The kiosk will start again by itself.</source>
        <translation>Киоск снова заработает сам.</translation>
    </message>
    <message>
        <source>The queue system cannot be reached.</source>
        <translation>Нет связи с системой электронной очереди.</translation>
    </message>
    <message>
        <source>The ticket printer is out of paper.</source>
        <translation>В принтере талонов закончилась бумага.</translation>
    </message>
    <message>
        <source>The ticket printer cover is open.</source>
        <translation>Открыта крышка принтера талонов.</translation>
    </message>
    <message>
        <source>The ticket printer is not working.</source>
        <translation>Принтер талонов не работает.</translation>
    </message>
</context>
<context>
    <name>novbe::SearchPage</name>
    <message>
        <source>Find your service</source>
        <translation>Найдите услугу</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Type the first letters of the service</source>
        <translation>Наберите первые буквы услуги</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer letters.</source>
        <translation>Ничего не найдено. Наберите меньше букв.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <translation>
            <numerusform>Найдена %n услуга</numerusform>
            <numerusform>Найдено %n услуги</numerusform>
            <numerusform>Найдено %n услуг</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novbe::StartPage</name>
    <message>
        <source>Welcome!</source>
        <translation>Добро пожаловать!</translation>
    </message>
    <message>
        <source>Touch your language to take a ticket</source>
        <translation>Чтобы взять талон, выберите язык</translation>
    </message>
</context>
</TS>
