<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DeskText</name>
    <message>
        <source>Call next</source>
        <translation>Вызвать следующего</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Вызвать повторно</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать приём</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Не явился</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Call this ticket</source>
        <translation>Вызвать этот талон</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Close counter</source>
        <translation>Закрыть окно</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>No recalls left for %1. Mark it as No-show (F5) or Park it (F7).</source>
        <translation>Повторных вызовов для %1 не осталось. Отметьте «Не явился» (F5) или отложите талон (F7).</translation>
    </message>
    <message>
        <source>%1 is not possible while the counter is paused. Resume first (F8).</source>
        <translation>«%1» недоступно, пока окно на паузе. Сначала продолжите работу (F8).</translation>
    </message>
    <message>
        <source>%1 is not possible while %2 is at your counter. Finish, transfer or park it first.</source>
        <translation>«%1» недоступно, пока у вас талон %2. Сначала завершите, переведите или отложите его.</translation>
    </message>
    <message>
        <source>%1 needs a called ticket. Call the next citizen first (F1).</source>
        <translation>Для действия «%1» нужен вызванный талон. Сначала вызовите следующего (F1).</translation>
    </message>
    <message>
        <source>%1 has not started yet. Press Start (F3) when the citizen arrives.</source>
        <translation>Приём по талону %1 ещё не начат. Нажмите «Начать приём» (F3), когда гражданин подойдёт.</translation>
    </message>
    <message>
        <source>%1 is not possible right now.</source>
        <translation>«%1» сейчас недоступно.</translation>
    </message>
    <message>
        <source>First in line</source>
        <translation>В начало очереди</translation>
    </message>
    <message>
        <source>Last in line</source>
        <translation>В конец очереди</translation>
    </message>
    <message>
        <source>By original ticket time</source>
        <translation>По времени получения талона</translation>
    </message>
    <message>
        <source>Called before everyone waiting there</source>
        <translation>Будет вызван раньше всех ожидающих</translation>
    </message>
    <message>
        <source>Waits as if the ticket were taken now</source>
        <translation>Ждёт, как будто талон взят сейчас</translation>
    </message>
    <message>
        <source>Keeps the time the ticket was first taken</source>
        <translation>Сохраняет время первого получения талона</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Свободно</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Вызов</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Пауза</translation>
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
    <name>Outcome</name>
    <message>
        <source>applicationAccepted</source>
        <translation>Заявление принято</translation>
    </message>
    <message>
        <source>documentIssued</source>
        <translation>Документ выдан</translation>
    </message>
    <message>
        <source>documentsIncomplete</source>
        <translation>Документы неполные</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>certificateIssued</source>
        <translation>Справка выдана</translation>
    </message>
    <message>
        <source>requestAccepted</source>
        <translation>Запрос принят</translation>
    </message>
    <message>
        <source>examBooked</source>
        <translation>Записан на экзамен</translation>
    </message>
    <message>
        <source>documentCertified</source>
        <translation>Документ заверен</translation>
    </message>
    <message>
        <source>powerOfAttorney</source>
        <translation>Доверенность</translation>
    </message>
</context>
<context>
    <name>PlainErrors</name>
        <message>
            <source>This desk does not trust the queue server's certificate, so it does not connect. Call the administrator (the details are in this PC's log).</source>
            <translation>Этот стол не доверяет сертификату сервера очереди и поэтому не подключается. Позовите администратора (подробности в журнале этого компьютера).</translation>
        </message>
    <message>
        <source>The queue server did not answer in time. Look at the ticket card: it shows what really happened once the answer arrives.</source>
        <translation>Сервер очереди не ответил вовремя. Смотрите на карточку талона: она покажет, что произошло на самом деле, когда придёт ответ.</translation>
    </message>
    <message>
        <source>The connection dropped before the queue server answered. The screen shows the real state again once it reconnects.</source>
        <translation>Связь прервалась до ответа сервера очереди. После переподключения экран снова покажет фактическое состояние.</translation>
    </message>
    <message>
        <source>Not connected to the queue server, so nothing was sent. Try again when the status bar says Connected.</source>
        <translation>Нет связи с сервером очереди, ничего не отправлено. Повторите, когда в строке состояния будет «Подключено».</translation>
    </message>
    <message>
        <source>Too many attempts. Wait %1, then try again.</source>
        <translation>Слишком много попыток. Подождите %1 и попробуйте снова.</translation>
    </message>
    <message>
        <source>The queue server cannot save right now, so nothing was changed. Try again in a minute; if it repeats, call the manager.</source>
        <translation>Сервер очереди сейчас не может сохранить данные, ничего не изменено. Повторите через минуту; если повторится, позовите руководителя.</translation>
    </message>
    <message>
        <source>This computer is not registered as a counter desk. Ask the administrator to check its device settings.</source>
        <translation>Этот компьютер не зарегистрирован как рабочее место оператора. Попросите администратора проверить настройки устройства.</translation>
    </message>
    <message>
        <source>You are no longer logged in. Log in again.</source>
        <translation>Вы больше не в системе. Войдите снова.</translation>
    </message>
    <message>
        <source>Your counter is no longer open. Log in again to open it.</source>
        <translation>Ваше окно больше не открыто. Войдите снова, чтобы открыть его.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs: logging in is locked. Try again in %1.</source>
        <translation>Слишком много неверных PIN-кодов: вход заблокирован. Повторите через %1.</translation>
    </message>
    <message>
        <source>Wrong operator ID or PIN. Check both and try again.</source>
        <translation>Неверный ID оператора или PIN. Проверьте оба и попробуйте снова.</translation>
    </message>
    <message>
        <source>This counter is not known to the queue server. Choose another counter.</source>
        <translation>Сервер очереди не знает это окно. Выберите другое окно.</translation>
    </message>
    <message>
        <source>This counter is already open at another desk. Choose another counter, or ask the manager to close it.</source>
        <translation>Это окно уже открыто на другом рабочем месте. Выберите другое окно или попросите руководителя закрыть его.</translation>
    </message>
    <message>
        <source>Enter your operator ID and PIN.</source>
        <translation>Введите ID оператора и PIN.</translation>
    </message>
    <message>
        <source>Logging in did not work (%1). Try again; if it repeats, call the manager.</source>
        <translation>Войти не удалось (%1). Попробуйте снова; если повторится, позовите руководителя.</translation>
    </message>
    <message>
        <source>That is not possible right now; the screen now shows the current state.</source>
        <translation>Сейчас это невозможно; на экране теперь текущее состояние.</translation>
    </message>
    <message>
        <source>That is not possible for %1 right now; the screen now shows its current state.</source>
        <translation>Для %1 это сейчас невозможно; на экране теперь его текущее состояние.</translation>
    </message>
    <message>
        <source>That ticket is no longer in the queue.</source>
        <translation>Этого талона больше нет в очереди.</translation>
    </message>
    <message>
        <source>That service does not exist any more. Choose another one.</source>
        <translation>Этой услуги больше нет. Выберите другую.</translation>
    </message>
    <message>
        <source>That service is closed now. Choose another one.</source>
        <translation>Эта услуга сейчас закрыта. Выберите другую.</translation>
    </message>
    <message>
        <source>The queue server refused this (%1). Try again; if it repeats, call the manager.</source>
        <translation>Сервер очереди отказал (%1). Попробуйте снова; если повторится, позовите руководителя.</translation>
    </message>
</context>
<context>
    <name>novbe::ActionBar</name>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>осталось %n</numerusform>
            <numerusform>осталось %n</numerusform>
            <numerusform>осталось %n</numerusform>
        </translation>
    </message>
    <message>
        <source>none left</source>
        <translation>не осталось</translation>
    </message>
</context>
<context>
    <name>novbe::ChoicePanel</name>
    <message>
        <source>Choose (Enter)</source>
        <translation>Выбрать (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
</context>
<context>
    <name>novbe::CounterWindow</name>
    <message>
        <source>Nobody logged in</source>
        <translation>Никто не вошёл</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <source>No counter open</source>
        <translation>Окно не открыто</translation>
    </message>
    <message>
        <source>Counter %1 · %2</source>
        <translation>Окно %1 · %2</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Подключено</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Подключение…</translation>
    </message>
    <message>
        <source>● Not connected — reconnecting by itself</source>
        <translation>● Нет связи — переподключается сам</translation>
    </message>
</context>
<context>
    <name>novbe::DeskSession</name>
    <message>
        <source>Connection to the queue server lost. Reconnecting by itself; your ticket stays with your counter. Actions are not sent until it is back.</source>
        <translation>Связь с сервером очереди потеряна. Переподключение идёт само; талон остаётся за вашим окном. Пока связи нет, действия не отправляются.</translation>
    </message>
    <message>
        <source>Connected again. Your counter and its ticket are back as they were.</source>
        <translation>Связь восстановлена. Окно и талон — в прежнем состоянии.</translation>
    </message>
    <message>
        <source>Your counter was closed from another place (for example you logged in at another desk). Log in again to continue here.</source>
        <translation>Ваше окно закрыто из другого места (например, вы вошли на другом рабочем месте). Войдите снова, чтобы продолжить здесь.</translation>
    </message>
    <message>
        <source>Not connected to the queue server: %1 was NOT sent. Wait until the status bar says Connected, then press it again.</source>
        <translation>Нет связи с сервером очереди: «%1» НЕ отправлено. Дождитесь «Подключено» в строке состояния и нажмите снова.</translation>
    </message>
    <message>
        <source>Still waiting for the answer to your last action; %1 was not sent.</source>
        <translation>Ещё ждём ответа на предыдущее действие; «%1» не отправлено.</translation>
    </message>
    <message>
        <source>Nobody is waiting for your services right now.</source>
        <translation>Сейчас никто не ждёт ваших услуг.</translation>
    </message>
    <message>
        <source>Calling %1. Press Start (F3) when the citizen arrives.</source>
        <translation>Вызван %1. Нажмите «Начать приём» (F3), когда гражданин подойдёт.</translation>
    </message>
    <message numerus="yes">
        <source>%1 called again (%n recall(s) left).</source>
        <translation>
            <numerusform>%1 вызван повторно (остался %n повторный вызов).</numerusform>
            <numerusform>%1 вызван повторно (осталось %n повторных вызова).</numerusform>
            <numerusform>%1 вызван повторно (осталось %n повторных вызовов).</numerusform>
        </translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation>Идёт приём по талону %1.</translation>
    </message>
    <message>
        <source>%1 finished. Press Call next (F1) for the next citizen.</source>
        <translation>%1 завершён. Нажмите «Вызвать следующего» (F1) для следующего гражданина.</translation>
    </message>
    <message>
        <source>%1 marked as no-show.</source>
        <translation>%1 отмечен как «не явился».</translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation>%1 переведён в услугу «%2».</translation>
    </message>
    <message>
        <source>%1 parked. Call it back from the Parked list when the citizen returns.</source>
        <translation>%1 отложен. Когда гражданин вернётся, вызовите его из списка «Отложенные».</translation>
    </message>
    <message>
        <source>Counter paused: %1. Press Resume (F8) to continue.</source>
        <translation>Окно на паузе: %1. Нажмите «Продолжить» (F8), чтобы продолжить.</translation>
    </message>
    <message>
        <source>Counter open again.</source>
        <translation>Окно снова открыто.</translation>
    </message>
    <message>
        <source>Counter closed.</source>
        <translation>Окно закрыто.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Вы вышли из системы.</translation>
    </message>
</context>
<context>
    <name>novbe::DeskView</name>
    <message>
        <source>Finish without an outcome</source>
        <translation>Завершить без результата</translation>
    </message>
    <message>
        <source>Finish %1: what was the outcome?</source>
        <translation>Завершить %1: каков результат?</translation>
    </message>
    <message>
        <source>Pause the counter: why?</source>
        <translation>Пауза: по какой причине?</translation>
    </message>
    <message>
        <source>F10  Close counter</source>
        <translation>F10  Закрыть окно</translation>
    </message>
    <message>
        <source>F12  Log out</source>
        <translation>F12  Выйти</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Вызов</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Свободно</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n ждёт</numerusform>
            <numerusform>%n ждут</numerusform>
            <numerusform>%n ждут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novbe::LoginView</name>
    <message>
        <source>Counter %1 — %2</source>
        <translation>Окно %1 — %2</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Теперь можно попробовать снова.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: logging in is locked. Try again in %1.</source>
        <translation>Слишком много неверных PIN-кодов: вход заблокирован. Повторите через %1.</translation>
    </message>
    <message>
        <source>Connecting to the queue server…</source>
        <translation>Подключение к серверу очереди…</translation>
    </message>
    <message>
        <source>Open a counter</source>
        <translation>Откройте окно</translation>
    </message>
    <message>
        <source>Log in to your counter</source>
        <translation>Вход на рабочее место</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Вы вошли как %1.</translation>
    </message>
    <message>
        <source>Operator ID</source>
        <translation>ID оператора</translation>
    </message>
    <message>
        <source>for example op07</source>
        <translation>например op07</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Open counter</source>
        <translation>Открыть окно</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>novbe::QueuePanel</name>
    <message>
        <source>Past the target wait</source>
        <translation>Превышено целевое время ожидания</translation>
    </message>
    <message>
        <source>Past half the target wait</source>
        <translation>Прошло больше половины целевого времени</translation>
    </message>
    <message>
        <source>There is no waiting or parked ticket to call.</source>
        <translation>Нет ожидающих или отложенных талонов для вызова.</translation>
    </message>
    <message>
        <source>Choose a ticket with the arrow keys, then press F9 or Enter to call it.</source>
        <translation>Выберите талон стрелками и нажмите F9 или Enter, чтобы вызвать.</translation>
    </message>
    <message>
        <source>Your services</source>
        <translation>Ваши услуги</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ждут</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Дольше всех</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Ожидают (%1)</translation>
    </message>
    <message>
        <source>Parked (%1)</source>
        <translation>Отложенные (%1)</translation>
    </message>
    <message>
        <source>F9  Call this ticket</source>
        <translation>F9  Вызвать этот талон</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <source>Cat.</source>
        <translation>Кат.</translation>
    </message>
</context>
<context>
    <name>novbe::RatingPad</name>
    <message>
        <source>Very bad</source>
        <translation>Очень плохо</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Плохо</translation>
    </message>
    <message>
        <source>All right</source>
        <translation>Нормально</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошо</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Отлично</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Окно %1</translation>
    </message>
    <message>
        <source>After your visit you can rate our service here.</source>
        <translation>После приёма вы можете оценить наше обслуживание здесь.</translation>
    </message>
    <message>
        <source>How was our service today?</source>
        <translation>Как вы оцениваете наше обслуживание?</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
    <message>
        <source>Your rating helps us serve you better.</source>
        <translation>Ваша оценка помогает нам работать лучше.</translation>
    </message>
    <message>
        <source>Sorry, your rating could not be saved.</source>
        <translation>К сожалению, оценку не удалось сохранить.</translation>
    </message>
    <message>
        <source>Thank you for your visit.</source>
        <translation>Спасибо за визит.</translation>
    </message>
    <message>
        <source>● offline</source>
        <translation>● нет связи</translation>
    </message>
    <message>
        <source>Ticket %1 · choose your rating below</source>
        <translation>Талон %1 · выберите оценку ниже</translation>
    </message>
    <message>
        <source>Your rating: %1</source>
        <translation>Ваша оценка: %1</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n s</source>
        <translation>
            <numerusform>Экран закроется через %n с</numerusform>
            <numerusform>Экран закроется через %n с</numerusform>
            <numerusform>Экран закроется через %n с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novbe::TicketCard</name>
    <message>
        <source>SERVING</source>
        <translation>ПРИЁМ</translation>
    </message>
    <message>
        <source>CALLING</source>
        <translation>ВЫЗОВ</translation>
    </message>
    <message>
        <source>Check the document for this category before serving.</source>
        <translation>Перед приёмом проверьте документ, подтверждающий льготу.</translation>
    </message>
    <message>
        <source>Note from the previous counter: %1</source>
        <translation>Заметка предыдущего окна: %1</translation>
    </message>
    <message>
        <source>Serving for %1</source>
        <translation>Приём: %1</translation>
    </message>
    <message>
        <source>Called %1 ago</source>
        <translation>Вызван %1 назад</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Recalls used: %1 of %2</source>
        <translation>Повторных вызовов: %1 из %2</translation>
    </message>
    <message>
        <source>Waited %1</source>
        <translation>Ждал: %1</translation>
    </message>
    <message>
        <source>Transferred from %1</source>
        <translation>Переведён из: %1</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>ПАУЗА</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Пауза: %1</translation>
    </message>
    <message>
        <source>Citizens are not sent to you. Press Resume (F8) to take them again.</source>
        <translation>Граждане к вам не направляются. Нажмите «Продолжить» (F8), чтобы снова принимать.</translation>
    </message>
    <message>
        <source>Paused for %1</source>
        <translation>На паузе: %1</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <translation>ЗАКРЫТО</translation>
    </message>
    <message>
        <source>The counter is closed.</source>
        <translation>Окно закрыто.</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>СВОБОДНО</translation>
    </message>
    <message>
        <source>No citizen at your counter.</source>
        <translation>У вашего окна никого нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) waiting for your services. Press Call next (F1).</source>
        <translation>
            <numerusform>Ваших услуг ждёт %n гражданин. Нажмите «Вызвать следующего» (F1).</numerusform>
            <numerusform>Ваших услуг ждут %n гражданина. Нажмите «Вызвать следующего» (F1).</numerusform>
            <numerusform>Ваших услуг ждут %n граждан. Нажмите «Вызвать следующего» (F1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting for your services right now.</source>
        <translation>Сейчас никто не ждёт ваших услуг.</translation>
    </message>
</context>
<context>
    <name>novbe::TransferPanel</name>
    <message>
        <source>(same service)</source>
        <translation>(та же услуга)</translation>
    </message>
    <message>
        <source>Transfer %1 to another service</source>
        <translation>Перевести %1 в другую услугу</translation>
    </message>
    <message>
        <source>Type to find a service</source>
        <translation>Начните вводить название услуги</translation>
    </message>
    <message>
        <source>Place in that queue</source>
        <translation>Место в той очереди</translation>
    </message>
    <message>
        <source>Note for the next counter (optional)</source>
        <translation>Заметка для следующего окна (необязательно)</translation>
    </message>
    <message>
        <source>Transfer (Enter)</source>
        <translation>Перевести (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
</context>
</TS>
