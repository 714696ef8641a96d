/// Hand-written panel transcripts in the shape of real ones: a participants list, a moderator who
/// greets, introduces and passes the word, and speakers whose turns mix filler with substance.
enum PanelTranscripts {
    static let english = """
    Ports, Rails and Farms: The Far East Agenda
    Event: Eastern Economic Forum 2019
    Date: 2019-09-05

    Participants:
    Igor Levchenko, First Deputy Chief Executive Officer, Far Eastern Shipping Company
    Chen Mingde, Vice President, Heilongjiang Agricultural Investment Group
    Svetlana Orlova, Director, Primorsky Territory Investment Agency
    Rahul Mehta, Managing Partner, Mehta Logistics
    Moderator: Daria Kuznetsova, Presenter, Business Radio

    Daria Kuznetsova: Good afternoon, dear colleagues, and welcome to our panel. Today we will talk about ports, railways and food exports. We have four speakers and a little over an hour, so I ask everyone to keep to seven minutes. Igor Levchenko, let's start with you. How are the ports doing?

    Igor Levchenko: Thank you, Daria. Good afternoon, colleagues. It is a great pleasure to be here again. I will try to be brief. Let me start with the general picture. Container traffic through the port of Vladivostok grew by 18% last year and reached 1.2 million TEU. I think everyone here understands how important that is. The main constraint is the railway approaches, where the capacity is only 40 million tonnes a year. We propose to build a second track to the port of Nakhodka by 2024, and we are ready to invest 35 billion roubles of our own money in it. That is probably all I wanted to say at this stage.

    Daria Kuznetsova: Thank you. Chen Mingde, what would you add?

    Chen Mingde: Thank you very much for the invitation. I fully agree with what my colleague has said. Perhaps it is too early to draw conclusions, but we see great interest from Chinese companies. Our group has leased 120 thousand hectares of farmland in the Jewish Autonomous Region and the Amur Region. Last year we shipped 300 thousand tonnes of soybeans to Harbin. As I said, agriculture is our priority. We need a phytosanitary agreement that allows Russian pork and poultry into China without a separate inspection of every batch. Thank you for your attention.

    Daria Kuznetsova: Thank you. Now let's turn to investment. Svetlana Orlova, the floor is yours.

    Svetlana Orlova: Thank you, Daria. Good afternoon. I would like to support the previous speaker. It seems to me that we are moving in the right direction. Since 2015 the free port of Vladivostok has attracted 1,400 residents who have announced investment of 780 billion roubles. Of course, everything depends on many factors. I would say that the situation is not simple. Investors tell us that connecting a plant to the grid takes 14 months on average, and that is too long. We propose that grid companies connect free port residents within 90 days, with penalties if they fail. Thank you.

    Daria Kuznetsova: Thank you very much. Rahul Mehta, how do you see the situation?

    Rahul Mehta: Thank you for giving me the floor. Good afternoon, ladies and gentlemen. I had a presentation, but I see that the screen is not working, so I will just talk. As my colleague Igor Levchenko has rightly said, logistics matters for all of us. The route from Mumbai to Vladivostok through the Strait of Malacca takes 24 days, against 40 days through Suez and St. Petersburg. We have moved 850 containers on this route this year. I want to stress once again how important logistics is. India and Russia should sign an agreement on electronic customs declarations, so that cargo is cleared before the ship arrives. That is all from me, thank you.

    Daria Kuznetsova: Thank you all. Unfortunately, our time is up. Thank you for a very interesting discussion.
    """

    static let russian = """
    Порты, дороги и урожай: повестка Дальнего Востока
    Мероприятие: Восточный экономический форум 2019
    Дата: 2019-09-05

    Участники:
    Игорь Левченко, первый заместитель генерального директора, Дальневосточное морское пароходство
    Чэнь Минде, вице-президент, Хэйлунцзянская агропромышленная инвестиционная группа
    Светлана Орлова, директор, Агентство инвестиций Приморского края
    Рахул Мехта, управляющий партнёр, «Мехта Логистикс»
    Модератор: Дарья Кузнецова, ведущая, «Бизнес-радио»

    Дарья Кузнецова: Добрый день, уважаемые коллеги, добро пожаловать на нашу сессию. Сегодня мы поговорим о портах, железных дорогах и экспорте продовольствия. Регламент у нас жёсткий, прошу каждого уложиться в семь минут. Игорь Левченко, начнём с вас. Как чувствуют себя порты?

    Игорь Левченко: Спасибо, Дарья. Добрый день, коллеги. Очень рад снова быть здесь. Постараюсь быть кратким. Начну с общей картины. Контейнерооборот порта Владивосток в прошлом году вырос на 18% и достиг 1,2 млн TEU. Мне кажется, все в этом зале понимают, насколько это важно. Главное ограничение — железнодорожные подходы, пропускная способность которых всего 40 млн тонн в год. Мы предлагаем построить второй путь к порту Находка до 2024 года и готовы вложить в него 35 млрд рублей собственных средств. Пожалуй, это всё, что я хотел сказать на этом этапе.

    Дарья Кузнецова: Спасибо. Чэнь Минде, что бы вы добавили?

    Чэнь Минде: Большое спасибо за приглашение. Полностью согласен с тем, что сказал мой коллега. Наверное, делать выводы пока рано, но мы видим большой интерес со стороны китайских компаний. Наша группа арендовала 120 тысяч гектаров сельхозземель в Еврейской автономной области и Амурской области. В прошлом году мы отправили в Харбин 300 тысяч тонн сои. Как я уже говорил, сельское хозяйство для нас приоритет. Необходимо фитосанитарное соглашение, которое позволит поставлять российскую свинину и птицу в Китай без отдельной проверки каждой партии. Спасибо за внимание.

    Дарья Кузнецова: Спасибо. Переходим к инвестициям. Светлана Орлова, вам слово.

    Светлана Орлова: Спасибо, Дарья. Добрый день. Хочу поддержать предыдущего выступающего. Как мне представляется, мы движемся в правильном направлении. С 2015 года Свободный порт Владивосток привлёк 1400 резидентов, которые заявили инвестиции на 780 млрд рублей. Конечно, всё зависит от многих факторов. Я бы сказала, что ситуация непростая. Инвесторы говорят нам, что подключение завода к сетям занимает в среднем 14 месяцев, и это слишком долго. Мы предлагаем обязать сетевые компании подключать резидентов свободного порта за 90 дней, со штрафами за срыв сроков. Спасибо.

    Дарья Кузнецова: Большое спасибо. Рахул Мехта, как вы видите ситуацию?

    Рахул Мехта: Благодарю за возможность выступить. Добрый день, дамы и господа. У меня была презентация, но, я вижу, экран не работает, поэтому просто расскажу. Как справедливо сказал мой коллега Игорь Левченко, логистика важна для всех нас. Маршрут из Мумбаи во Владивосток через Малаккский пролив занимает 24 дня, а через Суэц и Петербург — 40 дней. В этом году мы перевезли по этому маршруту 850 контейнеров. Хочу ещё раз подчеркнуть, насколько важна логистика. Индии и России следует подписать соглашение об электронном декларировании, чтобы груз проходил таможню до прихода судна. Это всё с моей стороны, спасибо.

    Дарья Кузнецова: Спасибо всем участникам. К сожалению, наше время истекло. Благодарю за интересную дискуссию.
    """
}
