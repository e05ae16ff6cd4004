from __future__ import annotations

import pytest

from dragoman.names import (
    added_middle_name,
    cluster_names,
    english_given_name,
    full_name,
    given_names_of,
    given_of,
    name_similarity,
    normalize,
    same_person,
    same_person_across,
    surname_of,
)


def test_normalize() -> None:
    assert normalize("Mr. Recep Tayyip Erdoğan") == "recep tayyip erdogan"
    assert normalize("Kim Jong-un") == "kim jong un"
    assert normalize("Foreign Minister Sergei Lavrov") == "sergei lavrov"
    assert normalize("George H.W. Bush Jr.") == "george h w bush jr"
    assert normalize("Владимир Путин") == "vladimir putin"


def test_surname_and_given() -> None:
    assert (surname_of("Vladimir Putin"), given_of("Vladimir Putin")) == ("putin", "vladimir")
    assert (surname_of("Kim Jong-un"), given_of("Kim Jong-un")) == ("kim", "jong un")
    assert (surname_of("Muammar al-Qaddafi"), given_of("Muammar al-Qaddafi")) == ("qaddafi", "muammar")
    assert surname_of("Ursula von der Leyen") == "von der leyen"
    assert surname_of("Putin") == "putin"
    assert given_of("Putin") == ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Reyzhenkov", "Rezhenkov"),
        ("Reyzhenkov", "Ryzhenkov"),
        ("Rezhenkov", "Ryzhenkov"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Zelenskiy", "Zelensky"),
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Yevgeny Prigozhin", "Evgeniy Prigozhin"),
        ("Yuri Ushakov", "Iurii Ushakov"),
        ("Mikhail Khodorkovsky", "Mihail Hodorkovsky"),
        ("Alexei Navalny", "Aleksei Navalnyy"),
        ("Kassym-Jomart Tokayev", "Kassym Zhomart Tokaev"),
        ("Alexander Lukashenko", "Aliaksandr Lukashenka"),
    ],
)
def test_russian_and_slavic_romanizations(a: str, b: str) -> None:
    assert same_person(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Choe Sun Hui", "Choi Sun-hee"),
        ("Choe Sun Hui", "Choe Son Hui"),
        ("Choi Sun-hee", "Choe Son Hui"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("Kim Jong-un", "Kim Jongun"),
        ("Kim Son Kyong", "Kim Son-gyong"),
        ("Kim Chol-won", "Kim Cheol-won"),
        ("Ri Son Gwon", "Lee Son-kwon"),
    ],
)
def test_korean_romanizations(a: str, b: str) -> None:
    assert same_person(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Muammar Gaddafi", "Moammar Qadhafi"),
        ("Muammar Gaddafi", "Muammar al-Qaddafi"),
        ("Moammar Qadhafi", "Muammar al-Qaddafi"),
        ("Muammar Khadafy", "Muammar Gaddafi"),
        ("Abdel Fattah el-Sisi", "Abd al-Fattah al-Sisi"),
        ("Mohammed bin Salman", "Muhammad bin Salman"),
        ("Hassan Nasrallah", "Hasan Nasrullah"),
        ("Mahmoud Ahmadinejad", "Mahmoud Ahmadi-Nejad"),
        ("Mahmoud Ahmadinejad", "Mahmud Ahmadinezhad"),
        ("Hassan Rouhani", "Hasan Rowhani"),
    ],
)
def test_arabic_and_persian_romanizations(a: str, b: str) -> None:
    assert same_person(a, b)


def test_chinese_pinyin_spacing() -> None:
    assert same_person("Xi Jinping", "Xi Jin Ping")
    assert same_person("Xi Jinping", "Xi Jin-ping")
    assert not same_person("Li Qiang", "Li Keqiang")


def test_diacritics() -> None:
    assert same_person("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan")
    assert same_person("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong-un", "Kim Son Kyong"),
        ("Kim Jong-un", "Kim Chol-won"),
        ("Kim Jong-un", "Kim Yo Jong"),
        ("Kim Son Kyong", "Kim Chol-won"),
        ("Kim Jong-un", "Kim Jong-il"),
        ("Kim Jong-un", "Kim Jong-nam"),
        ("Xi Jinping", "Wang Yi"),
        ("Sergei Lavrov", "Sergei Shoigu"),
        ("Raul Castro", "Fidel Castro"),
        ("Hafez al-Assad", "Bashar al-Assad"),
        ("Alexander Lukashenko", "Viktor Lukashenko"),
        ("Heydar Aliyev", "Ilham Aliyev"),
    ],
)
def test_shared_family_name_never_merges(a: str, b: str) -> None:
    assert not same_person(a, b)


def test_different_middle_initials_are_different_people() -> None:
    assert not same_person("George W. Bush", "George H. W. Bush")
    assert not same_person("George Walker Bush", "George Herbert Walker Bush")
    assert same_person("George H. W. Bush", "George Herbert Walker Bush")
    assert same_person("George W. Bush", "George Walker Bush")


def test_feminine_form_is_another_person() -> None:
    assert not same_person("Zelenska", "Zelensky")
    assert not same_person("Sergei Lavrov", "Maria Lavrova")


def test_short_given_names_need_exact_spelling() -> None:
    assert not same_person("Igor Krasnov", "Yegor Krasnov")


def test_lone_surname_matches_full_name() -> None:
    assert same_person("Putin", "Vladimir Putin")
    assert same_person("Mr. Putin", "Vladimir Putin")
    assert same_person("Choe", "Choi Sun-hee")
    assert not same_person("Shoigu", "Vladimir Putin")


def test_royal_given_name_is_not_a_surname() -> None:
    assert not same_person("King Hussein", "Saddam Hussein")


def test_different_country_hints_never_merge() -> None:
    assert same_person("Kim Jong-un", "Kim Jong Un", "PRK", None)
    assert not same_person("Kim Jong-un", "Kim Jong Un", "PRK", "KOR")
    assert not same_person("Putin", "Vladimir Putin", "USA", "RUS")


def test_name_similarity_range_and_order() -> None:
    assert name_similarity("Kim Jong-un", "Kim Jong Un") == 1.0
    assert 0.8 <= name_similarity("Muammar Gaddafi", "Moammar Qadhafi") < 1.0
    assert name_similarity("Kim Jong-un", "Kim Jong-il") < 0.8
    assert name_similarity("Xi Jinping", "Wang Yi") < 0.2


def test_cluster_names_seed_article() -> None:
    names = [
        ("Reyzhenkov", None), ("Choe Sun Hui", "PRK"), ("Kim Jong-un", "PRK"), ("Lukashenko", "BLR"),
        ("Rezhenkov", "RUS"), ("Choi Sun Hui", None), ("Putin", "RUS"), ("Kim Son Kyong", "PRK"),
        ("Vladimir Putin", None), ("Alexander Lukashenko", None), ("Choi Sun-hee", None), ("Ryzhenkov", None),
        ("Kim Chol-won", "PRK"), ("Aleinik", None), ("Im Chun-il", "PRK"), ("Kim Jong Un", None),
    ]
    assert cluster_names(names) == [
        ["Reyzhenkov", "Rezhenkov", "Ryzhenkov"],
        ["Choe Sun Hui", "Choi Sun Hui", "Choi Sun-hee"],
        ["Kim Jong-un", "Kim Jong Un"],
        ["Lukashenko", "Alexander Lukashenko"],
        ["Putin", "Vladimir Putin"],
        ["Kim Son Kyong"],
        ["Kim Chol-won"],
        ["Aleinik"],
        ["Im Chun-il"],
    ]


def test_cluster_names_ambiguous_lone_surname_stays_alone() -> None:
    names = [("Kim Jong-un", None), ("Kim", None), ("Kim Yo Jong", None), ("Kim Jong Un", None)]
    assert cluster_names(names) == [["Kim Jong-un", "Kim Jong Un"], ["Kim"], ["Kim Yo Jong"]]
    bushes = [("George W. Bush", None), ("George Bush", None), ("George H. W. Bush", None)]
    assert cluster_names(bushes) == [["George W. Bush"], ["George Bush"], ["George H. W. Bush"]]


def test_cluster_names_respects_country_hints() -> None:
    names = [("Lukashenko", "BLR"), ("Alexander Lukashenko", "BLR"), ("Lukashenko", "UKR")]
    assert cluster_names(names) == [["Lukashenko", "Alexander Lukashenko"], ["Lukashenko"]]


def test_cluster_names_empty() -> None:
    assert cluster_names([]) == []


def test_generational_suffix_separates_people() -> None:
    assert not same_person("Donald Trump", "Donald Trump Jr.")
    assert same_person("Donald Trump Jr.", "Donald J. Trump Jr.")


def test_ukrainian_and_russian_forms_of_a_given_name() -> None:
    assert same_person("Volodymyr Zelensky", "Vladimir Zelensky")
    assert same_person("Dmytro Kuleba", "Dmitry Kuleba")


def test_first_vowel_must_agree_in_fuzzy_matches() -> None:
    assert not same_person("Khamenei", "Ruhollah Khomeini")
    assert not same_person("Karimov", "Suleyman Kerimov")
    assert same_person("Saif al-Islam Gaddafi", "Seif al-Islam Kadhafi")


def test_patronymic_and_dynasty_names() -> None:
    assert same_person("Mohammed bin Rashid", "Mohammed bin Rashid Al Maktoum")
    assert not same_person("Mohammed bin Rashid Al Maktoum", "Mohammed bin Rashid Al Nahyan")
    assert not same_person("Mohammed bin Salman", "Mohammed bin Zayed")
    assert not same_person("Salman", "Mohammed bin Salman")
    assert same_person("Ben Ali", "Zine El Abidine Ben Ali")


def test_non_east_asian_name_with_east_asian_looking_first_word() -> None:
    # "Kardashian" is not syllable-shaped, so this stays surname-last.
    assert surname_of("Kim Kardashian") == "kardashian"
    assert not same_person("Kim Kardashian", "Kim Jong-un")


# -- scripts, transliteration families and cross-article decisions (names written for these tests) ------------


def test_hangul_and_chinese_script_join_their_latin_spelling() -> None:
    assert same_person("최룡해", "Choe Ryong-hae", "PRK")
    assert same_person("반기문", "Ban Ki-moon")
    assert same_person("王毅", "Wang Yi")
    assert not same_person("김여정", "Kim Jong-un")
    assert same_person("한덕수", "Han Duck-soo") and same_person("Han Deok-su", "Han Duck-soo")  # a final ㄱ: g, k, ck


def test_arabic_script_joins_its_latin_spelling() -> None:
    assert same_person("أيمن الصفدي", "Ayman al-Safadi")
    assert same_person("نجيب ميقاتي", "Najib Miqati")
    assert not same_person("أحمد شكري", "Hamad Shoukry")  # Ahmad is not Hamad


def test_a_western_name_as_russian_writes_it() -> None:
    assert same_person("Дональд Трамп", "Donald J. Trump")
    assert not same_person("Дональд Трамп", "Donald Trump Jr.")
    assert not same_person("Олаф Шольц", "Olga Scholz")


def test_belarusian_and_russian_spellings() -> None:
    assert same_person("Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya")
    assert same_person("Maria Kalesnikava", "Maria Kolesnikova")
    assert not same_person("Sviatlana Tsikhanouskaya", "Siarhei Tsikhanouski")


def test_known_by_a_middle_name_or_a_short_form() -> None:
    assert same_person("Nawaz Sharif", "Mian Muhammad Nawaz Sharif")
    assert same_person("Joe Biden", "Joseph R. Biden")
    assert not same_person("Shehbaz Sharif", "Mian Muhammad Nawaz Sharif")


def test_across_articles_a_shared_lone_name_is_not_enough() -> None:
    assert not same_person_across(["Saddam Hussein", "Hussein", "Saddam"], "IRQ", ["King Hussein", "Hussein"], None)
    assert not same_person_across(["Saddam Hussein"], None, ["Uday Hussein", "Saddam Hussein"], None)
    assert not same_person_across(["Vladimir Putin"], "RUS", ["Vladimir Putin"], "UKR")
    assert same_person_across(["Vladimir Putin", "Putin"], "RUS", ["Wladimir Putin"], None)
    assert not same_person_across(["Putin"], None, ["Putin"], None)
    assert same_person_across(["Lula"], "BRA", ["Lula"], "BRA")


# Rules of the variant round on the tune part of bench/data/name_variants_split.tsv; the names below are other
# people's, to show the rules are about romanization systems, not about the bench's persons.

@pytest.mark.parametrize(("a", "b"), [
    ("Tseng Kuo-fan", "Zeng Guofan"), ("Hsu Shih-chang", "Xu Shichang"), ("Teng Ying-chao", "Deng Yingchao"),
    ("Hu Yao-pang", "胡耀邦"),
])
def test_wade_giles_and_pinyin(a: str, b: str) -> None:
    assert same_person(a, b)


def test_wade_giles_keeps_different_given_names_apart() -> None:
    assert not same_person("Chou En-lai", "Zhou Enlan")
    assert not same_person("Li Keqiang", "Li Qiang")


def test_korean_ou_spelling() -> None:
    assert same_person("Choi Young-rim", "Choe Yong-rim")
    assert not same_person("Choi Young-rim", "Choe Yong-nam")


@pytest.mark.parametrize(("a", "b"), [
    ("Ευάγγελος Βενιζέλος", "Evangelos Venizelos"), ("Ντόρα Μπακογιάννη", "Dora Bakoyanni"),
    ("George Papaconstantinou", "Giorgos Papakonstantinou"), ("Yiannis Stournaras", "Giannis Stournaras"),
])
def test_greek_script_and_greek_given_names(a: str, b: str) -> None:
    assert same_person(a, b)


def test_devanagari_and_hebrew_given_names() -> None:
    assert same_person("नरेंद्र मोदी", "Narendra Modi") and same_person("अमित शाह", "Amit Shah")
    assert same_person("Yitzhak Shamir", "Itzhak Shamir") and same_person("Yitzhak Rabin", "Isaac Rabin")
    assert not same_person("नरेंद्र मोदी", "Narendra Mody Singh")


def test_vowel_variants() -> None:
    assert same_person("Ahmed Shafik", "Ahmad Shafik")  # after the first syllable, e/a is one vowel
    assert same_person("Saeb Erekat", "Saeb Erakat")
    assert same_person("Omar Suleiman", "Umar Suleiman")  # first syllable: only when the rest agrees
    assert same_person("Khaled Meshal", "Khaled Mashal")
    assert not same_person("Meshal", "Mashal")
    assert not same_person("Islam Karimov", "Suleyman Kerimov") and not same_person("Karimov", "Kerimov")
    assert not same_person("Igor Ivanov", "Yegor Ivanov")
    assert not same_person("Hamad Al Thani", "Hamid Al Thani")


def test_vowel_variants_keep_their_consonants() -> None:
    # A surname differing in a vowel joins only when the consonants are the same: folding i to a must not turn
    # the c of "Vucic" (read s before i) into the k of "Vukic".
    assert not same_person("Aleksandar Vucic", "Aleksandar Vukic")
    assert not same_person("Nikola Vucic", "Nikola Vukic") and not same_person("Vucic", "Vukic")
    assert not same_person("Marko Lucic", "Marko Lukic")
    assert not same_person("Ivan Cecic", "Ivan Kekic")
    # The c of a Slavic -ic name is ASCII for c, č or ć: never k or s (Vušić), whatever vowel follows.
    assert not same_person("Vucic", "Vusic") and not same_person("Ratko Mladic", "Ratko Mladik")
    assert not same_person("Boris Tadic", "Boris Tadik") and not same_person("Ivan Cecic", "Ivan Cekic")
    assert same_person("Slobodan Milosevic", "Slobodan Miloshevich") and same_person("Vucic", "Vuchich")
    assert same_person("Eric Zemmour", "Erik Zemmour")  # a given name's final c is k
    # Spellings of one name stay one: a vowel, a lost hacek, the Belarusian form of a Russian name.
    assert same_person("Khaled Meshaal", "Khaled Mishal") and same_person("Shehbaz Sharif", "Shahbaz Sharif")
    assert same_person("Aleksandar Vucic", "Aleksandar Vučić") and same_person("Vucic", "Vuchich")
    assert same_person("Alexander Lukashenko", "Alyaksandr Lukashenka")


def test_egyptian_g_german_and_polish_spellings() -> None:
    assert same_person("Gamal Mubarak", "Jamal Mubarak")
    assert same_person("Jewgeni Primakow", "Yevgeny Primakov")
    assert same_person("Andrzej Duda", "Анджей Дуда")
    assert not same_person("Gamal Mubarak", "Jamil Mubarak")


def test_arabic_script_forms() -> None:
    assert same_person("احمد شفيق", "Ahmed Shafik")  # a leading alef
    assert same_person("عبد الله بن زايد", "Abdullah bin Zayed")  # Abd and the next word are one name
    assert same_person("عبد العزيز بلخادم", "Abdelaziz Belkhadem")
    assert same_person("محمد حسني مبارك", "Hosni Mubarak")  # a leading Muhammad left out
    assert same_person("قصي صدام حسين", "Qusay Hussein")  # middle names left out
    assert not same_person("قصي صدام حسين", "Saddam Hussein")  # without his own first name it is his father


def test_royal_given_name_against_its_patronymic_form() -> None:
    assert same_person("King Faisal", "Faisal bin Abdulaziz")
    assert same_person("King Hussein of Jordan", "King Hussein")
    assert not same_person("King Hussein", "Saddam Hussein")
    assert not same_person("King Faisal", "Turki bin Faisal")


def test_family_name_first_and_central_asian_o() -> None:
    assert same_person("Kishida Fumio", "Fumio Kishida", None, "JPN")
    assert not same_person("Kishida Fumio", "Fumio Kishida")  # without the country the order says nothing
    assert same_person("Islom Karimov", "Islam Karimov", None, "UZB")
    assert not same_person("Islom Karimov", "Islam Karimov")


def test_a_name_is_compared_with_a_cluster_under_the_clusters_country() -> None:
    assert cluster_names([("Fumio Kishida", "JPN"), ("Fumio Kishida", None), ("Kishida Fumio", None)]) == [
        ["Fumio Kishida", "Fumio Kishida", "Kishida Fumio"]]


def test_initials_against_a_name_known_by_its_middle_name() -> None:
    assert same_person("R. T. Erdogan", "Tayyip Erdogan")
    assert not same_person("R. T. Erdogan", "Bilal Erdogan")


def test_full_name() -> None:
    assert full_name("Saddam Hussein") and full_name("Kim Jong-un")
    assert not full_name("Hussein") and not full_name("King Hussein") and not full_name("President Putin")


def test_arab_names_are_not_known_by_the_fathers_name() -> None:
    assert not same_person("Uday Saddam Hussein", "Saddam Hussein", "IRQ", "IRQ")
    assert not same_person_across(["Uday Saddam Hussein"], "IRQ", ["Saddam Hussein", "Saddam"], "IRQ")
    assert same_person("Mohamed Hosni Mubarak", "Hosni Mubarak", "EGY", None)  # a leading Muhammad
    assert same_person("Uday Saddam Hussein", "Uday Hussein", "IRQ", None)  # the father's name left out
    assert same_person("Robert Hunter Biden", "Hunter Biden", "USA", "USA")  # elsewhere a middle name may be used


def test_hebrew_script_against_romanizations() -> None:
    # Vav and yod are read both as consonants and as vowels; the rest of the vowels are not written.
    assert same_person("יואב גלנט", "Yoav Gallant")
    assert same_person("יואב גלנט", "Yoav Galant")
    assert same_person("יאיר לפיד", "Yair Lapid")
    assert same_person("משה דיין", "Moshe Dayan")
    assert same_person("אהוד אולמרט", "Ehud Olmert")
    # The cognate table joins Yitzhak/Isaac and Binyamin/Benjamin across the scripts too.
    assert same_person("יצחק הרצוג", "Isaac Herzog")
    assert same_person("בנימין נתניהו", "Benjamin Netanyahu")
    # Relatives and other given names stay apart.
    assert not same_person("יצחק הרצוג", "Chaim Herzog")
    assert not same_person("יאיר נתניהו", "Benjamin Netanyahu")
    assert not same_person("אהוד ברק", "Ehud Olmert")
    assert not same_person("גלנט", "Yoav Gallant")  # one Hebrew word decides nothing
    assert same_person("יואב גלנט", "יואב גלנט")


def test_arabic_script_words_of_one_consonant() -> None:
    # عدي has one consonant: its long vowel (ya) must be where the romanization has one (Uday, Odai, Adi).
    assert same_person("عدي صدام حسين", "Uday Hussein")
    assert same_person("عدي صدام حسين", "Odai Hussein")
    assert same_person("علي حسين", "Ali Hussein")
    assert same_person("عيد حسين", "Eid Hussein")
    assert not same_person("عيد صدام حسين", "Uday Hussein")  # Eid: the ya before the d
    assert not same_person("علي حسين", "Eid Hussein")
    assert not same_person("عدي صدام حسين", "Saddam Hussein")  # the father's name, not his


def test_persian_script_compound_given_name_and_lone_surname() -> None:
    # Persian letters (ک, ی): no patronymic inside the name, "Ali Akbar" may be shortened to "Akbar".
    assert same_person("اکبر هاشمی رفسنجانی", "Ali Akbar Hashemi Rafsanjani")
    assert same_person("اکبر هاشمی رفسنجانی", "Rafsanjani")  # a lone surname: its last word
    # Arabic letters and an Arab country: the leading name is the person's own, never dropped.
    assert not same_person("صدام حسين", "Uday Saddam Hussein")
    assert not same_person("اکبر هاشمی رفسنجانی", "Ali Akbar Hashemi Rafsanjani", "IRQ", "IRQ")
    assert not same_person("صدام حسين", "King Hussein")  # a royal's given name is not a surname
    assert not same_person("صدام حسين", "Hu")  # too short a lone word to decide on


def test_hypocorisms_from_the_table() -> None:
    assert same_person("Bill Clinton", "William Jefferson Clinton")
    assert same_person("Bob Menendez", "Robert Menendez")
    assert same_person("Jimmy Carter", "James Earl Carter")
    assert same_person("Ted Kennedy", "Edward M. Kennedy")
    assert same_person("Tony Blair", "Anthony Charles Lynton Blair")
    # Two short forms of one name are not one person: Bill and Bob are both listed under Robert.
    assert not same_person("Bill Nelson", "Bob Nelson")
    assert not same_person("Bill Clinton", "Hillary Clinton")
    assert not same_person("Ted Walsh", "Edward Welsh")  # the surname still decides
    # "Bill" is a short form of William and of Robert: beside both it stays apart.
    assert cluster_names([("William Harlow", "USA"), ("Bill Harlow", None), ("Robert Harlow", "USA"),
                          ("Bob Harlow", None)]) == [
        ["William Harlow"], ["Bill Harlow"], ["Robert Harlow", "Bob Harlow"]]
    assert cluster_names([("William Harlow", "USA"), ("Bill Harlow", None)]) == [["William Harlow", "Bill Harlow"]]


def test_nickname_spelled_by_initials() -> None:
    assert same_person("Jeb Bush", "John Ellis Bush")
    assert same_person("Jeb Bush", "John Ellis Bush", "USA", "USA")
    assert not same_person("Jeb Bush", "John E. Bush")  # an initial does not spell out the name
    assert not same_person("Jeb Bush", "John Bush")
    assert not same_person("Jeb Bush", "Jane Eve Barr")


def test_distinct_short_names_differing_in_g_and_k() -> None:
    assert not same_person("Gamal Mubarak", "Kamal Mubarak")  # jim and kaf: two names
    assert not same_person("Gamil Haddad", "Kamil Haddad")
    assert same_person("Muammar Gaddafi", "Muammar Kadhafi")  # a long name with its qaf written g or k
    assert same_person("Qasim Soleimani", "Gasim Soleimani")  # q is qaf: g is its Gulf reading


def test_arab_name_chain_without_a_country() -> None:
    # A surname that is a frequent Arabic given name makes the name a chain of father's names: without its first
    # word it is the father.
    assert not same_person("Uday Saddam Hussein", "Saddam Hussein")
    assert not same_person("Khalid Omar Hassan", "Omar Hassan")
    assert same_person("Uday Saddam Hussein", "Uday Hussein")
    assert same_person("Mohamed Hosni Mubarak", "Hosni Mubarak")  # a leading Muhammad is left out
    # Other names are known by a middle name.
    assert same_person("Robert Hunter Biden", "Hunter Biden")
    assert same_person("Barack Hussein Obama", "Barack Obama")
    assert same_person("Khalid Omar Hassan", "Omar Hassan", "GBR", "GBR")  # a country without the custom


def test_generational_suffixes() -> None:
    # A full name with a suffix is not the same full name without one: the text cannot tell the son from the
    # father by the names ("Donald Trump Jr." and "Donald Trump"), so a suffix on one side never joins.
    assert not same_person("Donald Trump Jr.", "Donald Trump")
    assert not same_person("Joseph R. Biden Jr.", "Joe Biden")
    assert not same_person("Abdullah II", "Abdullah Abdullah")
    # A lone surname is written without the suffix: it joins, and beside father and son it is ambiguous.
    assert same_person("Biden", "Joseph R. Biden Jr.")
    assert same_person("Mr. Biden", "Joseph R. Biden Jr.")
    assert cluster_names([("Joseph R. Biden Jr.", None), ("Biden", None)]) == [["Joseph R. Biden Jr.", "Biden"]]
    assert cluster_names([("Donald Trump", None), ("Donald Trump Jr.", None), ("Trump", None)]) == [
        ["Donald Trump"], ["Donald Trump Jr."], ["Trump"]]
    assert not same_person("King Abdullah", "Abdullah Abdullah Jr.")  # a royal's given name is no surname


def test_arabic_script_letters_romanizations_keep_apart_or_join() -> None:
    # Jim is j, or g in Egypt, and never k; a romanized g may also be a qaf.
    assert same_person("جمال مبارك", "Gamal Mubarak")
    assert same_person("جمال مبارك", "Jamal Mubarak")
    assert not same_person("جمال مبارك", "Kamal Mubarak")
    assert same_person("كمال مبارك", "Kamal Mubarak")
    assert same_person("محمد حمدان دقلو", "Mohamed Hamdan Dagalo")
    assert same_person("جمال بلماضي", "Djamel Belmadi")  # French dj
    # Dhal and zah: d, dh or z.
    assert same_person("معمر القذافي", "Muammar Gaddafi")
    assert same_person("معمر القذافي", "Moammar Qadhafi")
    assert same_person("محمد جواد ظریف", "Mohammad Javad Zarif")  # and Persian waw as v
    # A final ya is a long i: Abbas and Abbasi are two names; an Egyptian ya may stand for the alef maksura.
    assert not same_person("محمود عباس", "Mahmoud Abbasi")
    assert not same_person("محمود عباسي", "Mahmoud Abbas")
    assert same_person("مصطفي مدبولي", "Mostafa Madbouly")
    assert same_person("قصي صدام حسين", "Qusay Hussein")
    # A ta marbuta with or without its h; two words romanized as one.
    assert same_person("إسماعيل هنية", "Ismail Haniyeh")
    assert same_person("إسماعيل هنية", "Ismail Haniya")
    assert same_person("حسن نصر الله", "Hassan Nasrallah")
    assert not same_person("حسن نصر الله", "Hassan Nasr")
    # A word of one consonant read with its possible long vowels (سيسي Sisi).
    assert same_person("عبد الفتاح السيسي", "Abdel Fattah el-Sisi")


def test_hebrew_geresh() -> None:
    assert same_person("בצלאל סמוטריץ׳", "Bezalel Smotrich")


def test_spanish_names_go_by_the_fathers_surname() -> None:
    assert same_person("Nicolás Maduro Moros", "Nicolás Maduro", "VEN", "VEN")
    assert same_person("Gabriela Rivas Font", "Gabriela Rivas", "CHL", None)
    assert same_person("Maduro", "Nicolás Maduro Moros", "VEN", None)
    assert not same_person("Raúl Castro", "Fidel Castro Ruz", "CUB", "CUB")
    # Elsewhere the last name is the surname: a third word is not left out.
    assert not same_person("Gabriela Rivas Font", "Gabriela Rivas")
    assert not same_person("Gabriela Rivas Font", "Gabriela Rivas", "USA", "USA")


def test_known_by_a_later_given_name() -> None:
    assert same_person("Boris Johnson", "Alexander Boris de Pfeffel Johnson")
    assert same_person("Hunter Biden", "Robert Hunter Biden")
    assert not same_person("Boris Johnson", "Alexander Johnson Boris")


def test_initialisms_of_a_full_name() -> None:
    assert same_person("AMLO", "Andrés Manuel López Obrador")
    assert same_person("MBS", "Mohammed bin Salman")
    assert same_person("JFK", "John F. Kennedy")
    assert not same_person("MBZ", "Mohammed bin Salman")
    assert not same_person("Mbs", "Mohammed bin Salman")  # capitals only
    assert not same_person("MBS", "Mohammed bin Salman Al Saud")  # every word spelled
    assert cluster_names([("Mohammed bin Salman", "SAU"), ("Mohammed bin Zayed", "ARE"), ("MBS", None),
                          ("MBZ", None)]) == [["Mohammed bin Salman", "MBS"], ["Mohammed bin Zayed", "MBZ"]]


def test_ascii_c_for_slavic_and_turkish_ch() -> None:
    assert same_person("Aleksandar Vucic", "Александар Вучић")
    assert same_person("Aleksandar Vucic", "Aleksandar Vučić")
    assert same_person("Slobodan Milosevic", "Слободан Милошевић")
    assert same_person("Mevlut Cavusoglu", "Mevlüt Çavuşoğlu")
    assert not same_person("Aleksandar Vucic", "Aleksandar Vasic")
    assert not same_person("Jovan Cosic", "Jovan Coric")


def test_honorifics_are_titles() -> None:
    # "Mahatma", "Pandit", "Maulana" are honorifics: what is left is a lone surname or the name itself.
    assert same_person("Pandit Jawaharlal Nehru", "Jawaharlal Nehru")
    assert same_person("Maulana Fazlur Rehman", "Fazlur Rehman")
    assert cluster_names([("Mohandas K. Gandhi", "IND"), ("Mahatma Gandhi", None)]) == [
        ["Mohandas K. Gandhi", "Mahatma Gandhi"]]
    # Beside two Gandhis the honorific names neither.
    assert cluster_names([("Mohandas K. Gandhi", "IND"), ("Indira Gandhi", "IND"), ("Mahatma Gandhi", None)]) == [
        ["Mohandas K. Gandhi"], ["Indira Gandhi"], ["Mahatma Gandhi"]]


def test_official_and_western_name_orders() -> None:
    # Russian official order: surname, given name, patronymic.
    assert same_person("Putin Vladimir Vladimirovich", "Vladimir Putin")
    assert same_person("Путин Владимир Владимирович", "Vladimir Putin")
    assert same_person("Zakharova Maria Vladimirovna", "Maria Zakharova")
    assert not same_person("Lavrov Sergei Viktorovich", "Sergei Ivanov")
    assert same_person("Newt Gingrich", "Newton Leroy Gingrich")  # -ich is not a patronymic alone
    # A Korean name in Western order.
    assert same_person("Jae-in Moon", "Moon Jae-in")
    assert same_person("Jae-in Moon", "문재인")
    assert not same_person("Jong-un Kim", "Kim Jong-il")


def test_french_and_german_ch() -> None:
    assert same_person("Salome Zourabichvili", "Salome Zurabishvili")
    assert same_person("Irakli Kobachidze", "Irakli Kobakhidze")
    assert not same_person("Irakli Kobachidze", "Irakli Kobashvili")


def test_turkish_c_and_grandfathers_names_under_their_countries() -> None:
    assert same_person("Ceyhun Bayramov", "Jeyhun Bayramov", "AZE", "AZE")
    assert not same_person("Ceyhun Bayramov", "Jeyhun Bayramov")  # elsewhere c is not j
    assert same_person("Abiy Ahmed", "Abiy Ahmed Ali", "ETH", None)
    assert not same_person("Abiy Ahmed", "Abiy Ahmed Ali")


def test_added_middle_name() -> None:
    assert added_middle_name("Mohammad Reza Khatami", "Mohammad Khatami")
    assert added_middle_name("Barack Hussein Obama", "Barack Obama")  # whether he is the same is a dictionary's say
    assert added_middle_name("Recep Tayyip Erdogan", "Recep Erdogan")
    # A patronymic, an initial, a connector, an Arab chain of fathers' names, East Asian names: the same person's.
    assert not added_middle_name("Vladimir Vladimirovich Putin", "Vladimir Putin")
    assert not added_middle_name("George W. Bush", "George Bush")
    assert not added_middle_name("Mohammed bin Salman Al Saud", "Mohammed Al Saud")
    assert not added_middle_name("Uday Saddam Hussein", "Uday Hussein")
    assert not added_middle_name("Kim Jong Un", "Kim Un")
    # Not a longer form of the other at all.
    assert not added_middle_name("Mohammad Khatami", "Mohammad Reza Khatami")
    assert not added_middle_name("Ali Reza Khatami", "Mohammad Khatami")
    assert not added_middle_name("Mohammad Reza Khatami", "Khatami")


def test_given_names_of_people() -> None:
    people = [["Nikola Gruevski", "President Nikola Gruevski"], ["Nikola Poposki"], ["Nikola Dimitrov"],
              ["President Ivan Petrov"], ["The Elder"], ["Sheikh Hamad"], ["Sheikh Tamim"], ["Zoran Zaev"]]
    # Two people at least, no title, article or one-letter word.
    assert given_names_of(people) == frozenset({"nikola"})
    assert given_names_of(people, shared_by=1) == frozenset({"nikola", "ivan", "zoran"})
    assert english_given_name("theresa") and english_given_name("frank") and not english_given_name("furious")
