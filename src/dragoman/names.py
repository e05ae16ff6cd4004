"""Person-name spelling variants across romanizations.

News, especially machine-translated news, spells the same official many ways: "Zelensky" /
"Zelenskyy" / "Zelenskiy", "Muammar Gaddafi" / "Moammar Qadhafi" / "Muammar al-Qaddafi",
"Choe Son Hui" / "Choi Sun-hee". This module decides which spellings are one person.

How a pair is compared (`same_person`):

* Both names are reduced to tokens: ASCII (anyascii), lowercase, titles ("Mr.", "President",
  "Foreign Minister") and suffixes ("Jr.") dropped, Arabic articles ("al-", "el-") dropped,
  connectors glued to the next word ("bin Salman" -> "binsalman", "Abdel Fattah" -> "abdfattah"),
  Western particles glued likewise ("von der Leyen"), hyphenated parts joined ("Ahmadi-Nejad").
* East Asian names (family name first: a known Korean/Chinese/Vietnamese family name, or an
  East Asian country hint, followed by syllable-shaped given-name parts) are compared as
  family + concatenated given name, so "Kim Jong-un" = "Kim Jong Un" = "Kim Jongun". Korean
  names get a romanization key (eo/o/u, ee/ui/i, g/k, j/ch, r/l onsets, Choe/Choi, Lee/Ri/Yi)
  and must match on the key exactly: Korean given names are short, so an edit distance would
  let "Jong-un" meet "Jong-il".
* Other names are compared surname first, then given names token by token. A token matches
  when its transliteration-normalized form is equal ("Sergey" = "Sergei", "Zelenskyy" =
  "Zelensky"), or when its consonant skeleton is equal *and* the normalized Levenshtein
  similarity is >= 0.8 on tokens of 6+ letters ("Reyzhenkov" ~ "Rezhenkov", "Gaddafi" ~
  "Qadhafi"), the plain normalized similarity is >= 0.7 and the first vowel agrees
  (Khamenei/Khomeini, Karimov/Kerimov stay apart). Skeletons alone are only a gate: they are
  too coarse to decide. A feminine "-a" never meets a masculine form (Lavrov/Lavrova), and a
  small table maps Ukrainian/Belarusian given names to Russian ones (Volodymyr/Vladimir). An initial g
  against k in a name shorter than six letters keeps two names apart (Gamal/Kamal: jim and kaf).
* Nicknames: a first given name meets its English hypocorism from data/hypocorisms/ (Bill/William,
  Bob/Robert, Jim/James; carltonnorthern/nicknames, Apache-2.0), never another hypocorism of the same name
  (Bill and Bob are both Robert's); a given name spelled by the other's initials, surname included, is one
  person (Jeb = John Ellis Bush), and so is a word of capitals spelling every word's initial (MBS, AMLO).
  Honorifics are titles ("Mahatma", "Pandit", "Maulana"); other nicknames do not join by name.
* Name orders and naming customs: Russian official order (surname, given name, patronymic); a Korean name in
  Western order ("Jae-in Moon"); a person known by a later given name ("Boris Johnson", "Hunter Biden", not
  under Arab naming); under a Spanish-speaking country the mother's surname after the father's may be left out
  ("Nicolás Maduro Moros"), under ETH/ERI/SOM the grandfather's name ("Abiy Ahmed Ali").
* ASCII and other Latin orthographies: c against ch where ASCII lost a č/ć/ç (Vucic/Вучић, Cavusoglu); French
  ch as sh and German ch as kh (Zourabichvili, Kobachidze); Turkish and Azerbaijani c as j under TUR/AZE. The c
  of a Slavic -ic family name is never k or s (Vucic is not Vukic, Vusic or Mladik), and no folding of vowels
  may change a consonant (folding the i of "Vucic" to a would read its c as k).
* A shared surname alone never merges two full names: the first given names must match, and
  if both sides carry middle names/initials those must match one for one ("George W. Bush" vs
  "George H. W. Bush" differ). A lone surname matches any full name with that surname;
  `cluster_names` then refuses to attach it when two different people qualify.
* Different country hints never merge; neither do full names with different generational suffixes:
  "Donald Trump" is not "Donald Trump Jr.", and since the names cannot tell a son from his father, neither is
  "Joe Biden" "Joseph R. Biden Jr." (a suffix on one side only joins by a dictionary alias). A lone surname
  carries no suffix and meets a suffixed full name ("Biden"). A royal/clerical title with one name ("King Salman",
  "King Hussein") marks a given name, which never matches as a surname; it matches the name with its
  patronymic ("Hussein bin Talal"). "of <place>" after a name is dropped ("King Hussein of Jordan").
* Romanization families: Wade-Giles and pinyin share a key (Mao Tse-tung/Zedong, Chiang Ching-kuo/Jiang
  Jingguo); Korean "ou" is "o" (Young-sam/Yong-sam); Greek gi- is y- and Greek, Hebrew, Ukrainian and
  Belarusian given names map to one form (Giorgos/George, Yitzhak/Isaac); German spellings of Russian names
  read back (Jelzin, Gorbatschow, Lawrow); Egyptian g for j (Gamal/Jamal); Uzbek and Tajik o for a
  (Islom/Islam) under those countries; family-name-first order under JPN and HUN (Abe Shinzo).
* Vowels: e/a after the first syllable is one vowel (Ahmed/Ahmad). In the first syllable e/a and o/u (and,
  for a surname, i) differ between romanizations too (Shehbaz/Shahbaz, Uday/Odai, Meshaal/Mishal/Mashal),
  but also between names (Karimov/Kerimov, Igor/Yegor): such a token matches only when the rest of the name
  does (the surname exactly, or the first given name).
* Scripts: Cyrillic (also against a Polish spelling: Kaczyński/Качиньский), Greek (digraphs: ου, μπ, ντ),
  Devanagari (inherent vowel, anusvara), Hangul and Chinese characters are romanized; Arabic and Persian
  script is compared as consonant skeletons (leading alef, ta marbuta, Abd compounds, q/g/j/k as one), with
  middle names or a leading Muhammad left out, never the person's own first name (what is left is his
  father's name: "Uday Saddam Hussein" is not "Saddam Hussein"), except in Persian script or under a country
  without patronymics (IRN, AFG, PAK, TJK), where a compound given name is shortened ("[Ali] Akbar Hashemi
  Rafsanjani"); a word of one consonant (عدي Uday, علي Ali) must also have its long vowels where the
  romanization has them (عيد is Eid); a lone romanized surname matches the last word. The same father's-name
  reading holds for romanized names under an Arab country, and without any country when the surname is a
  frequent Arabic given name ("Uday Saddam Hussein"). Hebrew script is compared as consonant classes, vav and
  yod read both as consonants and as the vowels o/u and i/e, word for word (יואב גלנט = Yoav Gallant). In
  Arabic script the letters say more than a romanization: jim is never k (جمال is Gamal or Jamal, not Kamal), a
  final ya is a long i (عباس Abbas, عباسي Abbasi), dhal and zah are d, dh or z (القذافي Gaddafi/Qadhafi), a ta
  marbuta is -a or -eh (هنية Haniya/Haniyeh), and two words may be romanized as one (نصر الله Nasrallah).

Precision beats recall throughout: when in doubt, names stay apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

__all__ = ["added_middle_name", "cluster_names", "east_asian_family_name", "english_given_name", "family_key",
           "full_name", "given_names_of", "given_of", "name_similarity", "normalize", "same_person",
           "same_person_across", "surname_of"]

# Leading words that are titles, ranks or offices rather than part of a name.
_TITLES = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady madam madame mme mlle m herr frau
    president vice prime deputy first foreign defense defence interior finance supreme leader
    minister secretary general gen lt col colonel major maj capt captain adm admiral marshal
    sgt lieutenant commander cmdr chairman chairwoman chair premier chancellor senator sen rep
    representative gov governor ambassador amb envoy rev reverend hon honorable honourable he
    king queen prince princess crown emir amir sheikh shaikh sheik ayatollah grand imam pope
    comrade sayyed sayyid seyyed seyed sayed mullah mufti judge justice mayor speaker spokesman spokeswoman
    spokesperson state acting former late director chief head
    mahatma pandit shri sri smt maulana mawlana haji hajji mian ustad hojatoleslam
    """.split()
)
# Royals and clerics go by their given name: a lone "King Hussein" is not a surname "Hussein".
_GIVEN_NAME_TITLES = frozenset({"king", "queen", "prince", "princess", "emir", "amir", "sheikh", "shaikh", "sheik",
                                "pope", "sultan", "crown"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Arabic article written with a hyphen ("as-Sisi", "ad-Din"); only "al"/"el" also stand alone.
_HYPHEN_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul", "ed", "es", "adh"})
_FREE_ARTICLES = frozenset({"al", "el"})
# Words that belong to the following word: patronymic/kunya connectors and "Abd" compounds.
_CONNECTORS = {
    "bin": "bin", "ibn": "bin", "bint": "bint", "abu": "abu", "abou": "abu", "ould": "ould",
    "abd": "abd", "abdel": "abd", "abdul": "abd", "abdal": "abd", "abdol": "abd", "abdou": "abd",
    "abdoul": "abd",
}
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le",
                        "ter", "ten", "zu", "st", "mac", "bou"})

_KOREAN_SURNAMES = frozenset(
    """
    kim gim lee yi ri i rhee li park pak bak bag bahk choi choe chwe choy jung jeong chung chong jong cheong
    kang gang cho jo yoon yun jang chang lim im rim yim han oh roh noh ro seo suh shin sin kwon gwon
    hwang ahn an song hong jeon jon chon chun yoo yu ryu ko go koh moon mun yang bae pae baek paek paik
    baik nam heo hur huh ho hyun hyon hyeon ju joo choo chu woo min ryang thae tae kye pyon byun byeon
    sim shim won cha jin chin tak myong kwak gwak ri pang bang jegal chegal wi ok ma ban
    """.split()
)
_CHINESE_SURNAMES = frozenset(
    """
    wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng
    xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei
    xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan qin qian kong bai mao qiu hou meng
    long wen lai xi tsai chiang hsieh hsu kuo chou chao teo ong goh lam wong chan cheung leung ng
    teng tseng tsao chin kung sung tung chuang tu chien hsiao
    nguyen tran pham hoang phan vo vu dang bui duong ngo trinh dinh
    """.split()
)
_EA_SURNAMES = _KOREAN_SURNAMES | _CHINESE_SURNAMES
_EA_COUNTRIES = frozenset({"PRK", "KOR", "CHN", "TWN", "HKG", "MAC", "VNM"})
_KOREAN_COUNTRIES = frozenset({"PRK", "KOR"})
_FAMILY_FIRST_COUNTRIES = frozenset({"JPN", "HUN"})
_O_FOR_A_COUNTRIES = frozenset({"UZB", "TJK"})
_C_FOR_J_COUNTRIES = frozenset({"TUR", "AZE"})
# Ethiopian, Eritrean and Somali names: one's own name, the father's, the grandfather's; the short form leaves
# the grandfather's out ("Abiy Ahmed Ali" is Abiy Ahmed), as Spanish names leave out the mother's surname.
_GRANDFATHER_COUNTRIES = frozenset({"ETH", "ERI", "SOM"})
# Arab League members: a person's second name is the father's ("Uday Saddam Hussein").
_PATRONYMIC_COUNTRIES = frozenset("""DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN
ARE YEM""".split())
# Frequent Arabic given names. A name that ends in one ("Uday Saddam Hussein") is read as an Arab chain of
# father's and grandfather's names when no country says otherwise: its middle name is the father's, and the
# name without its first word is the father ("Saddam Hussein"), not the person known by a middle name.
_ARABIC_GIVEN_NAMES = frozenset("""
    muhammad mohammed mohamed ahmad ahmed ali hassan hasan hussein husain hussain husayn abdullah abdallah omar
    umar khalid khaled saleh salih ibrahim yusuf youssef mahmoud mahmud mustafa mostafa abbas hamad hamid said
    saeed salman sultan faisal fahd nasser nasir jamal kamal karim rashid majid walid tariq ziad samir adel adil
    hisham osama usama bashar hafez rafiq saad fuad talal zayed khalifa mansour yasser yasir ismail ayman mahdi
    jaber qasim hamza anwar amin nabil riad sami tawfiq suleiman sulayman issa musa ayoub yahya zakaria idris
    bakr uthman othman jafar hadi habib aziz abdulaziz abdelaziz saddam
""".split())


# Korean family names whose romanizations the generic key cannot unify.
_KOREAN_FAMILY = {
    "lee": "li", "yi": "li", "rhee": "li", "ri": "li", "rhie": "li", "i": "li",
    "park": "pak", "bak": "pak", "bahk": "pak", "bag": "pak",
    "choe": "choi", "chwe": "choi", "choy": "choi",
    "jung": "jong", "jeong": "jong", "chung": "jong", "chong": "jong", "cheong": "jong",
    "oh": "o", "roh": "no", "noh": "no", "ro": "no",
    "lim": "im", "rim": "im", "yim": "im", "ahn": "an",
    "heo": "ho", "hur": "ho", "huh": "ho", "suh": "so", "seo": "so",
    "baek": "paek", "paik": "paek", "baik": "paek", "bang": "pang", "chegal": "jegal",
}
# One romanized Korean/Chinese syllable: onset, optional glide, vowels, optional coda (a final ㄱ is k, g or ck:
# Deok, Deog, Duck).
_SYLLABLE = (r"(?:ch|zh|sh|ts|tz|hs|kk|tt|pp|ss|jj|th|kh|ph|[bcdfghjklmnpqrstwxyz])?[yw]?[aeiou]{1,3}"
             r"(?:ng|n|m|l|k|p|t|g|ck)?")
_SYLLABIC = re.compile(rf"^(?:{_SYLLABLE}){{1,3}}$")
_HAN_HANGUL = re.compile("[\uac00-\ud7a3\u4e00-\u9fff]")


# --------------------------------------------------------------------------- normalization


# Greek digraphs that anyascii spells letter by letter ("ου" -> "oy"), as Greek names are romanized: Varoufakis,
# Papandreou, Evangelos; "μπ", "ντ", "γκ" begin a word as b, d, g (Bakoyannis, Dora).
_GREEK = {"ου": "ou", "ού": "ou", "αυ": "av", "αύ": "av", "ευ": "ev", "εύ": "ev", "γγ": "ng"}
_GREEK_INITIAL = re.compile(r"\b(?:μπ|Μπ|ντ|Ντ|γκ|Γκ)")
_GREEK_LETTERS = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
# Devanagari anusvara (ं) is a nasal that takes the place of the next consonant: n, m before p/b/m
# ("गांधी" Gandhi, "अंबानी" Ambani); anyascii writes it "m" everywhere.
_ANUSVARA = re.compile("\u0902(?=[\u092a-\u092e])|(\u0902)")


_DEVANAGARI = re.compile("[\u0900-\u097f]")
_DEVANAGARI_CONSONANT = re.compile("[\u0915-\u0939\u0958-\u095f]\u093c?")
# Where names are romanized otherwise than anyascii does: sh for both sibilants (Shah, Vishnu), ch for c (Chandra).
_DEVANAGARI_AS_NAMES_ROMANIZE = {"\u0936": "sh", "\u0937": "sh", "\u091a": "ch", "\u091b": "chh"}


def _devanagari(name: str) -> str:
    """Devanagari with its inherent vowel written out, as Hindi names are romanized: a consonant without a vowel
    sign or virama carries an "a", except at the end of a word after a single consonant ("नरेंद्र" Narendra,
    "राम" Ram, "मोदी" Modi). anyascii leaves the inherent vowel out ("nremdr")."""
    out = []
    for word in name.split():
        letters = ""
        for m in re.finditer(f"{_DEVANAGARI_CONSONANT.pattern}|.", word):
            piece = m.group(0)
            letters += _DEVANAGARI_AS_NAMES_ROMANIZE.get(piece[0], "") or anyascii(piece)
            if _DEVANAGARI_CONSONANT.fullmatch(piece):
                following = word[m.end():m.end() + 1]
                if following and not "\u093e" <= following <= "\u094d":
                    letters += "a"
                elif not following and m.start() > 0 and word[m.start() - 1] == "\u094d":
                    letters += "a"  # a word-final conjunct keeps its vowel: Narendra, Indra
        out.append(letters)
    return " ".join(out)


def _romanized(name: str) -> str:
    """A name in its own script, romanized as news writes it. Korean and Chinese: family name, then the given
    name's syllables joined by a hyphen ("김정은" -> "Gim Jeong-eun", "习近平" -> "Xi Jin-ping"; anyascii alone runs
    the syllables together). Greek digraphs and the Devanagari anusvara as romanizations write them."""
    if _GREEK_LETTERS.search(name):
        name = _GREEK_INITIAL.sub(lambda m: {"μ": "b", "ν": "d", "γ": "g"}[m.group(0)[0].lower()], name)
        for greek, latin in _GREEK.items():
            name = name.replace(greek, latin).replace(greek.capitalize(), latin.capitalize())
    if _DEVANAGARI.search(name):
        name = _devanagari(_ANUSVARA.sub(lambda m: "n" if m.group(1) else "m", name))
    if not _HAN_HANGUL.search(name):
        return name
    words = []
    for word in name.split():
        syllables = [anyascii(c) for c in word if _HAN_HANGUL.match(c)]
        if len(syllables) == len(word) and len(syllables) >= 2:
            words.append(syllables[0] + " " + "-".join(syllables[1:]))
        else:
            words.append(word)
    return " ".join(words)


@lru_cache(maxsize=65536)
def _parts(name: str) -> tuple[tuple[tuple[str, ...], ...], str]:
    """(tokens as tuples of hyphen-separated pieces, generational suffix) with titles removed."""
    s = anyascii(_romanized(name or "")).lower()
    s = re.sub(r"\([^)]*\)", " ", s)
    s = re.sub(r"(?<=\w)\s+of\s+[\w\s.'-]+$", "", s)  # "King Hussein of Jordan": a place, not a name
    s = re.sub(r",\s*(jr|sr)\b", r" \1", s)
    if s.count(",") == 1:  # "Putin, Vladimir" -> "Vladimir Putin"
        last, first = (p.strip() for p in s.split(","))
        s = f"{first} {last}" if first and last else s.replace(",", " ")
    s = re.sub(r"['`\"]", "", s)
    s = re.sub(r"[^a-z\-\s]+", " ", s)  # dots become spaces: "H.W." -> "h w"
    groups = [tuple(p for p in tok.split("-") if p) for tok in s.split()]
    groups = [g for g in groups if g]
    while len(groups) > 1 and len(groups[0]) == 1 and groups[0][0] in _TITLES:
        groups.pop(0)
    suffix = ""
    if len(groups) > 1 and len(groups[-1]) == 1 and groups[-1][0] in _SUFFIXES:
        suffix = groups.pop()[0]
    return tuple(groups), suffix


def _groups(name: str) -> tuple[tuple[str, ...], ...]:
    return _parts(name)[0]


@lru_cache(maxsize=65536)
def _given_name_only(name: str) -> bool:
    """ "King Salman", "Pope Francis": one name left after a royal/clerical title."""
    raw = re.sub(r"[^a-z\s]", " ", anyascii(name or "").lower()).split()
    return len(_groups(name)) == 1 and bool(raw) and raw[0] in _GIVEN_NAME_TITLES


def normalize(name: str) -> str:
    """ASCII, lowercase, hyphens and dots to spaces, leading titles removed ("Jr." is kept)."""
    groups, suffix = _parts(name)
    return " ".join([p for g in groups for p in g] + ([suffix] if suffix else []))


@lru_cache(maxsize=65536)
def _western_tokens(groups: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """Tokens for surname-last comparison: articles dropped, connectors and particles glued on."""
    # Hyphen-attached article: "al-Qaddafi" -> "qaddafi".
    gs = [g[1:] if len(g) > 1 and g[0] in _HYPHEN_ARTICLES else g for g in groups]
    # Free-standing "al"/"el" inside a name ("Muammar al Qaddafi"); a leading "Al" may be a given name.
    gs = [g for i, g in enumerate(gs) if not (i > 0 and i < len(gs) - 1 and g == (g[0],) and g[0] in _FREE_ARTICLES)]
    out: list[str] = []
    carry = ""
    for i, g in enumerate(gs):
        tok = "".join(g)
        last = i == len(gs) - 1
        if not last and len(g) == 1 and (tok in _CONNECTORS or (tok == "ben" and i > 0)):
            carry += _CONNECTORS.get(tok, tok)
            continue
        if not last and len(g) == 1 and tok in _PARTICLES:
            carry += tok
            continue
        out.append(carry + tok)
        carry = ""
    return tuple(out)


# --------------------------------------------------------------------------- token keys

# Ukrainian/Belarusian/Hebrew forms of a given name, as written for the same person in Russian- or
# English-language sources: "Vladimir Zelensky" is how Russian media write Volodymyr Zelensky.
_COGNATES = {
    "volodymyr": "vladimir", "volodimir": "vladimir", "uladzimir": "vladimir",
    "oleksandr": "aleksandr", "oleksander": "aleksandr", "oleksiy": "aleksei", "oleksii": "aleksei",
    "mykola": "nikolai", "mykhailo": "mikhail", "mykhaylo": "mikhail", "dmytro": "dmitri",
    "serhiy": "sergei", "serhii": "sergei", "siarhei": "sergei", "siarhey": "sergei",
    "petro": "pyotr", "olena": "elena", "hryhoriy": "grigori", "hryhorii": "grigori", "ihor": "igor",
    "vasyl": "vasili", "pavlo": "pavel", "yevhen": "evgeni", "yevhenii": "evgeni", "yevheniy": "evgeni",
    "maksym": "maksim", "oleh": "oleg", "bohdan": "bogdan", "heorhiy": "georgi", "heorhii": "georgi",
    "binyamin": "benjamin", "petr": "pyotr",
    # Belarusian forms: Sviatlana Tsikhanouskaya is Svetlana Tikhanovskaya in Russian-language sources.
    "sviatlana": "svetlana", "svyatlana": "svetlana", "viktar": "viktor", "aliaksandr": "aleksandr",
    "alyaksandr": "aleksandr", "aliaksei": "aleksei", "maryia": "maria", "maryya": "maria", "mikalai": "nikolai",
    "yauhen": "evgeni", "dzmitry": "dmitri", "uladzislau": "vladislav",
    # Greek given names and their English forms (Giorgos/George Papandreou, Konstantinos/Constantine Mitsotakis).
    "george": "yorgos", "georgios": "yorgos", "yiorgos": "yorgos",
    "constantine": "konstantinos", "constantinos": "konstantinos", "andrew": "andreas", "nicholas": "nikolaos",
    "john": "ioannis", "yannis": "ioannis", "yiannis": "ioannis", "yanis": "ioannis",
    # Hebrew given names and their English forms (Yitzhak/Isaac Herzog); "ch" is the Hebrew kh (Chaim/Haim).
    "yitzhak": "isaac", "yitzchak": "isaac", "itzhak": "isaac", "yosef": "joseph", "moshe": "moses",
    "yaakov": "jacob", "avraham": "abraham", "shlomo": "solomon", "chaim": "haim", "chana": "hana",
    "antony": "anthony",
}
_COGNATE_FORMS: dict[str, set[str]] = {}
for _form, _key in _COGNATES.items():
    _COGNATE_FORMS.setdefault(_key, set()).add(_form)
# Belarusian spellings against Russian ones: ць/дзь for ть/дь, ў for в, akanye (unstressed o written a).
_BELARUSIAN_MARK = re.compile(r"ou(?![aeiou])|^(?:ts|dz)|(?<=[aeiou])(?:ts|dz)i|ava$|enka$|au(?![aeiou])")
_CH = "\x01"  # placeholder so "ch" survives the c -> k/s rule


@lru_cache(maxsize=65536)
def _canon(tok: str) -> str:
    """Transliteration-normalized spelling of one (Latin-script) name token."""
    s = re.sub(r"[^a-z]", "", tok)
    s = re.sub(r"^gi(?=[aou])", "y", s)  # Greek gi- before a vowel is y-: Giannis/Yannis, Giorgos/Yorgos
    s = _COGNATES.get(s, s)
    s = re.sub(r"eh$", "a", s)  # ta marbuta: Haniyeh/Haniya, Fatemeh/Fatema
    # Abdel/Abdul/Abdol Fattah, also inside "bin Abdulaziz" once connectors are glued on.
    s = re.sub(r"(?:^|(?<=bin)|(?<=abu))abd(?:oul|ul|el|al|ol|ou|u|e|i)", "abd", s)
    # German -ow is Russian -ov (Lawrow, Berdimuhamedow); elsewhere "ow" is a diphthong (Rowhani/Rouhani).
    s = re.sub(r"ow$", "ov", s)
    s = re.sub(r"ow(?![aeiouy])", "u", s)
    for a, b in (("tsch", "ch"), ("tch", "ch"), ("sch", "sh"), ("dzh", "j"), ("dj", "j"), ("zh", "j"),
                 ("kh", "h"), ("gh", "g"), ("ph", "f"), ("dh", "d"), ("th", "t"), ("ck", "k"), ("q", "k"),
                 ("x", "ks"), ("w", "v"), ("tz", "ts"), ("ch", _CH)):
        s = s.replace(a, b)
    s = re.sub(r"c(?=[eiy])", "s", s).replace("c", "k").replace(_CH, "ch")
    s = s.replace("ou", "u").replace("oo", "u").replace("ee", "i")
    # Russian/Ukrainian y-glides: Yevgeny/Evgeny, Iurii/Yuri, -iy/-yy/-ii endings, Tokayev/Tokaev,
    # Aliyev/Aliev, Alyaksandr/Aleksandr; what is left of "y" is a vowel.
    s = re.sub(r"^ye", "e", s)
    s = re.sub(r"^i(?=[aou])", "y", s)
    s = re.sub(r"(?:ii|iy|yy|ij|yj|yi|y)$|(?<=[aeou])j$", "i", s)  # also German/Czech Sergej, Nikolaj
    s = re.sub(r"(?<=[aeiou])y(?=[aeiou])", "", s)
    s = re.sub(r"(?<=[^aeiouy])[iy](?=[aeiou])", "", s)
    s = re.sub(r"(?<!^)y", "i", s)
    s = re.sub(r"(.)\1+", r"\1", s)  # Gaddafi/Gadafi, Hassan/Hasan
    s = re.sub(r"(?<=[aeiou])h$", "", s)  # Abdullah/Abdulla
    return s or tok


_ARABIC_GIVEN_CANON = frozenset(_canon(n) for n in _ARABIC_GIVEN_NAMES)

_CLASSES = (("sh", "S"), ("ch", "C"), ("ts", "C"), ("k", "K"), ("g", "K"), ("h", "K"), ("d", "T"),
            ("t", "T"), ("b", "P"), ("p", "P"), ("f", "F"), ("v", "F"), ("s", "S"), ("j", "J"), ("z", "Z"),
            ("l", "L"), ("r", "R"), ("m", "M"), ("n", "N"), ("e", "i"), ("o", "u"), ("y", "i"))


@lru_cache(maxsize=65536)
def _phonetic(canon: str) -> str:
    """Canon folded to consonant classes (k/g/q/h, d/t, b/p, f/v) and three vowel classes."""
    s = canon
    for a, b in _CLASSES:
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=65536)
def _skeleton(canon: str) -> str:
    """Consonant skeleton: the phonetic form without vowels. A gate, never a decision."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aiu]", "", _phonetic(canon)))


def _gender_clash(a: str, b: str) -> bool:
    """Feminine -a against anything but the Belarusian -o/-a pair: Lavrov/Lavrova, Zelensky/Zelenska."""
    ea, eb = a[-1], b[-1]
    return ea != eb and "a" in (ea, eb) and "o" not in (ea, eb)


def _belarusian_fold(tok: str) -> str:
    s = re.sub(r"^ts|(?<=[aeiou])tsi", lambda m: m.group(0).replace("ts", "t"), tok)
    s = re.sub(r"^dz|(?<=[aeiou])dzi", lambda m: m.group(0).replace("dz", "d"), s)
    s = re.sub(r"([oa])u(?![aeiou])", r"\1v", s)
    return _canon(s).replace("o", "a")


@lru_cache(maxsize=262144)
def _token_match(x: str, y: str) -> bool:
    """Whether two full (non-initial) name tokens are spellings of the same name."""
    cx, cy = _canon(x), _canon(y)
    if cx == cy or _initial_g_j(x, y) or _canon(_german(x)) == cy or cx == _canon(_german(y)):
        return True
    if (_BELARUSIAN_MARK.search(x) or _BELARUSIAN_MARK.search(y)) and len(cx) >= 5 \
            and _belarusian_fold(x) == _belarusian_fold(y):
        return True  # Tsikhanouskaya/Tikhanovskaya, Kalesnikava/Kolesnikova, Lukashenka/Lukashenko
    if min(len(x), len(y)) >= 5 and _hushed(x) == _hushed(y) and _c_for_ch(x, y):
        return True  # č, ć, ç written c in ASCII (š as s): Vucic/Vuchich, Cavusoglu/Chavushoglu, Milosevic
    if min(len(x), len(y)) >= 6 and _ch_read(x, y):
        return True  # French ch is sh (Zourabichvili), German ch is kh (Kobachidze)
    if _gender_clash(cx, cy) or _skeleton(cx) != _skeleton(cy):
        return False
    # An initial g against k is the Egyptian g of jim against kaf in a short name (Gamal, Kamal: two names); only
    # a long name may have it from a qaf romanized both ways (Gaddafi, Kadhafi).
    if {x[:1], y[:1]} == {"g", "k"} and min(len(cx), len(cy)) < 6:
        return False
    px, py = _phonetic(cx), _phonetic(cy)
    if px == py and min(len(cx), len(cy)) >= 5:
        return True
    # An Arabic or Persian short a (fatha) is romanized e or a after the first syllable: Ahmed/Ahmad,
    # Mohammed/Mohammad. (In the first syllable it is not safe alone: Karimov/Kerimov are two families.)
    if min(len(cx), len(cy)) >= 4 and _later_e_as_a(cx) == _later_e_as_a(cy):
        return True
    # Short tokens get no edit allowance: Igor/Egor, Hamad/Hamid are different names. The first
    # vowel is stable across romanizations (Khamenei/Khomeini, Karimov/Kerimov differ there).
    if max(len(cx), len(cy)) < 6 or not _first_vowel(px) & _first_vowel(py):
        return False
    # Both forms must be close: the folded one alone lets "ei"/"ini" collapse into a match.
    return Levenshtein.normalized_similarity(px, py) >= 0.8 and Levenshtein.normalized_similarity(cx, cy) >= 0.7


def _later_e_as_a(canon: str) -> str:
    """The canonical form with every "e" after the first vowel nucleus written "a"."""
    m = re.search(r"[aeiou]+", canon)
    return canon if m is None else canon[:m.end()] + canon[m.end():].replace("e", "a")


def _vowel_variant(x: str, y: str, surname: bool = False) -> bool:
    """Two tokens that differ only in e/a or o/u (Shehbaz/Shahbaz, Yehya/Yahya, Uday/Odai), and for a surname
    also in i (Meshaal/Mishal/Mashal): one name when the rest of the name agrees, never alone (Karimov/Kerimov,
    Igor/Yegor)."""
    def fold(tok: str) -> str:
        tok = tok.replace("e", "a").replace("o", "u")
        return _canon(tok.replace("i", "a") if surname else tok)

    # The vowels are folded before the spelling is read, so a c before e/i (s) may come out k: the consonants of
    # the two spellings must be one (Vucic, vusik, is not Vukic).
    return min(len(x), len(y)) >= 4 and fold(x) == fold(y) and not _gender_clash(_canon(x), _canon(y)) \
        and _skeleton(_canon(x)) == _skeleton(_canon(y))


def _hushed(tok: str) -> str:
    return _canon(tok.replace("ch", "c").replace("sh", "s").replace("zh", "z"))


def _ch_read(x: str, y: str) -> bool:
    """One token's ch read as the other's sh or kh, the French and German ways of writing those sounds."""
    for a, b in ((x, y), (y, x)):
        if "ch" in a and ("sh" in b or "kh" in b) and _canon(b) in (_canon(a.replace("ch", "sh")),
                                                                   _canon(a.replace("ch", "kh"))):
            return True
    return False


def _c_for_ch(x: str, y: str) -> bool:
    """One token has a c where the other has ch: the mark of a Slavic or Turkish č/ć/ç lost to ASCII."""
    return bool(re.search(r"c(?!h)", x) and "ch" in y or re.search(r"c(?!h)", y) and "ch" in x)


@lru_cache(maxsize=65536)
def _german(tok: str) -> str:
    """A Russian name as German writes it, read back: j- before a vowel is y-, z is ts (Jelzin/Yeltsin,
    Selenskyj); tsch, sch, -ow and -ej are in _canon already."""
    return re.sub(r"^j(?=[aeiou])", "y", tok).replace("z", "ts")


def _initial_g_j(x: str, y: str) -> bool:
    """Gamal/Jamal, Gamil/Jamil: Egyptian Arabic says g for jim."""
    return min(len(x), len(y)) >= 5 and {x[0], y[0]} == {"g", "j"} and _canon(x[1:]) == _canon(y[1:])


def _first_vowel(phonetic: str) -> frozenset[str]:
    """Vowel classes of the first nucleus; "ai" shares with "i" (Saif/Seif, Hussain/Hussein)."""
    m = re.search(r"[aiu]+", phonetic)
    return frozenset(m.group(0)) if m else frozenset("-")


def _token_similarity(x: str, y: str) -> float:
    if _token_match(x, y):
        return 1.0 if _canon(x) == _canon(y) else 0.9
    cx, cy = _canon(x), _canon(y)
    return 0.85 * Levenshtein.normalized_similarity(_phonetic(cx), _phonetic(cy))


@lru_cache(maxsize=1)
def _hypocorisms() -> dict[str, frozenset[str]]:
    """Given name -> its hypocorisms and hypocorism -> its given names, from data/hypocorisms/ (Apache-2.0,
    carltonnorthern/nicknames; see PROVENANCE.md there)."""
    text = resources.files("dragoman").joinpath("data", "hypocorisms", "hypocorisms.tsv").read_text(encoding="utf-8")
    pairs: dict[str, set[str]] = {}
    for line in text.splitlines()[1:]:
        given, _, short = line.partition("\t")
        if given and short:
            pairs.setdefault(given, set()).add(short)
            pairs.setdefault(short, set()).add(given)
    return {name: frozenset(related) for name, related in pairs.items()}


def english_given_name(word: str) -> bool:
    """A lowercase word that is an English given name or a short form of one in the hypocorism table ("william",
    "theresa", "frank"), of three letters or more."""
    return word in _english_given_names()


@lru_cache(maxsize=1)
def _english_given_names() -> frozenset[str]:
    text = resources.files("dragoman").joinpath("data", "hypocorisms", "hypocorisms.tsv").read_text(encoding="utf-8")
    return frozenset(word for line in text.splitlines()[1:] for word in line.split("\t")
                     if len(word) >= 3 and word.isalpha())


# Words that begin a person's name in a dictionary without being a given name ("Abu" and "Abdul" are).
_NOT_GIVEN = _TITLES | _GIVEN_NAME_TITLES | _PARTICLES | _HYPHEN_ARTICLES | {"bin", "ibn", "bint", "the", "of"}


def given_names_of(people: Iterable[Iterable[str]], shared_by: int = 2) -> frozenset[str]:
    """Common given names, lowercase: the first words (after titles) of the names of at least `shared_by` different
    people (each person given as all its names) that are no title, article or connector ("nikola" of Nikola
    Gruevski and President Nikola Poposki). Words of one letter, or with other than letters, are left
    out. A word that one person alone begins a name with may be a family name (KIM_JONG_UN) or a nickname."""
    counts: dict[str, int] = {}
    for names in people:
        firsts = set()
        for name in names:
            words = name.lower().replace("_", " ").split()
            while len(words) > 2 and words[0] in _TITLES:  # "President Nikola Gruevski"
                words.pop(0)
            if len(words) >= 2 and len(words[0]) > 1 and words[0].isalpha() and words[0] not in _NOT_GIVEN:
                firsts.add(words[0])
        for word in firsts:
            counts[word] = counts.get(word, 0) + 1
    return frozenset(word for word, n in counts.items() if n >= shared_by)


def _hypocorism(x: str, y: str) -> bool:
    """"Bill" and "William", "Jim" and "James": a given name and its short form (never two short forms)."""
    return y in _hypocorisms().get(x, ())


def _given_token_match(x: str, y: str) -> bool:
    if len(x) == 1 or len(y) == 1:  # initial: "V. Putin"
        return _canon(x)[0] == _canon(y)[0] if len(x) > 1 or len(y) > 1 else x == y
    return _token_match(x, y) or _hypocorism(x, y)


# --------------------------------------------------------------------------- East Asian names


def _is_syllabic(piece: str) -> bool:
    return len(piece) <= 8 and bool(_SYLLABIC.match(piece))


@lru_cache(maxsize=65536)
def _is_ea(groups: tuple[tuple[str, ...], ...], hint: str | None) -> bool:
    """Family-name-first East Asian name: "Kim Jong-un", "Xi Jinping", "Choe Son Hui"."""
    if len(groups) < 2 or len(groups[0]) != 1:
        return False
    if hint and hint not in _EA_COUNTRIES:
        return False
    pieces = [p for g in groups[1:] for p in g]
    if not 1 <= len(pieces) <= 3 or not all(_is_syllabic(p) for p in pieces):
        return False
    return groups[0][0] in _EA_SURNAMES or hint in _EA_COUNTRIES


@lru_cache(maxsize=65536)
def family_key(word: str) -> str:
    """A family name folded to its consonant classes, one key for its romanizations (Lukashenko, Lukashenka):
    an index key, never a decision."""
    word = word.lower() if word.isascii() else anyascii(word).lower()
    return _skeleton(_canon(re.sub(r"[^a-z]", "", word)))


def east_asian_family_name(word: str) -> bool:
    """A Korean, Chinese or Vietnamese family name, which comes first in the name ("Kim", "Xi", "Nguyen")."""
    return word.lower() in _EA_SURNAMES


def _is_korean(groups: tuple[tuple[str, ...], ...], hint: str | None) -> bool:
    if hint:
        return hint in _KOREAN_COUNTRIES
    return bool(groups) and len(groups[0]) == 1 and groups[0][0] in _KOREAN_SURNAMES


@lru_cache(maxsize=65536)
def _korean_piece(piece: str) -> str:
    """Romanization key of one Korean syllable group (McCune-Reischauer, Revised, ad hoc)."""
    s = piece
    for a, b in (("eo", "o"), ("eu", "u"), ("oo", "u"), ("ou", "o"), ("ee", "i"), ("ui", "i"), ("oe", "oi"),
                 ("sh", "s"), ("ck", "k")):  # "ou": Young-sam, Yeong-sam, Yong-sam
        s = s.replace(a, b)
    s = re.sub(r"(?<!n)g$", "k", s)  # a final ㄱ: Deok, Deog (as anyascii writes Hangul), Duck
    # Syllable-initial consonants are voiced/unvoiced by position and romanization: Gyong/Kyong,
    # Jong/Chong, Ri/Li. Folding only the onset keeps "Jong-un" and "Jong-il" apart.
    s = re.sub(r"^(?:ch|j)", "C", s)
    s = re.sub(r"^th", "t", s)
    s = {"g": "k", "d": "t", "b": "p", "r": "l"}.get(s[:1], s[:1]) + s[1:]
    return s.replace("u", "o")  # Son/Sun/Seon: o, u and eo are romanized interchangeably


# Wade-Giles and pinyin onto one key (Mao Tse-tung/Zedong, Teng Hsiao-ping/Deng Xiaoping, Chiang Ching-kuo/Jiang
# Jingguo): affricates (ch, zh, j, q, ts, tz, z, c) one class, hs/x/sh one, aspirated/unaspirated stops (k/g,
# t/d, p/b) one, and the Wade-Giles finals -ung, -ieh, -ien, -ih, -eh written as pinyin.
_WADE_GILES = ((r"ung", "ong"), (r"ieh", "ie"), (r"ien", "ian"), (r"(?<=ch|sh|ss|sz)ih|(?<=tz|ss|sz)u", "i"),
               (r"eh", "e"), (r"ch|zh|j|q|ts|tz|z|c", "C"), (r"hs|x|sh", "S"), (r"k", "g"), (r"t", "d"),
               (r"p", "b"))


@lru_cache(maxsize=65536)
def _chinese_piece(piece: str) -> str:
    s = piece
    for pattern, repl in _WADE_GILES:
        s = re.sub(pattern, repl, s)
    return s


def _ea_family(tok: str, korean: bool) -> str:
    if not korean:
        return _chinese_piece(tok)
    return _korean_piece(_KOREAN_FAMILY.get(tok, tok))


def _ea_given(groups: tuple[tuple[str, ...], ...], korean: bool) -> str:
    pieces = [p for g in groups[1:] for p in g]
    return "".join(_korean_piece(p) if korean else _chinese_piece(p) for p in pieces)


# --------------------------------------------------------------------------- comparison


def _variants(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The token list plus versions with adjacent (non-initial) tokens glued: "Kassym Jomart"."""
    out = [tokens]
    for i in range(len(tokens) - 1):
        if len(tokens[i]) > 1 and len(tokens[i + 1]) > 1:
            out.append(tokens[:i] + (tokens[i] + tokens[i + 1],) + tokens[i + 2 :])
    return out


def _given_compatible(ga: tuple[str, ...], gb: tuple[str, ...], loose: bool = False,
                      patronymic: bool = False) -> bool:
    """Whether two given-name sequences can be one person's; `loose`: the first given name may be a vowel
    variant (the surname is certain); `patronymic`: Arab naming, where the name after one's own is one's
    father's, so a name is not known by its middle name ("Uday Saddam Hussein" is not Saddam Hussein) unless
    what is left out is a leading Muhammad ("Mohamed Hosni Mubarak")."""
    if not ga or not gb:
        return True
    for va in _variants(ga):
        for vb in _variants(gb):
            if not (_given_token_match(va[0], vb[0]) or loose and _vowel_variant(va[0], vb[0])):
                continue
            ra, rb = va[1:], vb[1:]
            # Middle names/initials: absent on one side is fine; present on both, they must agree.
            if not ra or not rb:
                return True
            if len(ra) == len(rb) and all(_given_token_match(x, y) for x, y in zip(ra, rb, strict=True)):
                return True
    # Known by a middle name: "Nawaz Sharif" is Mian Muhammad Nawaz Sharif, "Hunter Biden" Robert Hunter Biden,
    # "Boris Johnson" Alexander Boris de Pfeffel Johnson. Under Arab naming only a leading Muhammad may be left out.
    short, long = sorted((ga, gb), key=len)
    if len(long) < 2 or len(short) >= len(long) or not all(len(x) > 1 for x in short):
        return False
    if patronymic:
        starts: range | tuple[int, ...] = (len(long) - len(short),)
        if not all(_token_match(x, "muhammad") for x in long[:starts[0]]):
            return False
    else:
        starts = range(1, len(long) - len(short) + 1)
    # The long form may give the other names as initials ("R. T. Erdogan" is Tayyip Erdogan).
    return any(all(_given_token_match(x, y) for x, y in zip(short, long[k:k + len(short)], strict=True))
               for k in starts)


def _splits(tokens: tuple[str, ...], hispanic: bool = False) -> list[tuple[tuple[str, ...], str, int]]:
    """(given tokens, surname, kind) readings of a name. Kind 0: last token is the surname.
    Kind 1: the last two glued ("Ahmadi Nejad" = "Ahmadinejad"). Kind 2: a dynasty name after a
    patronymic left out ("Mohammed bin Rashid Al Maktoum" = "Mohammed bin Rashid"). Kind 3, under Spanish
    naming: the mother's surname after the father's left out ("Nicolás Maduro Moros" = "Nicolás Maduro")."""
    out = [(tokens[:-1], tokens[-1], 0)]
    if len(tokens) >= 2 and len(tokens[-2]) > 1:
        out.append((tokens[:-2], tokens[-2] + tokens[-1], 1))
    if len(tokens) >= 3 and tokens[-2].startswith(("bin", "bint")):
        out.append((tokens[:-2], tokens[-2], 2))
    if hispanic and len(tokens) >= 3 and len(tokens[-2]) > 1 and len(tokens[-1]) > 1:
        out.append((tokens[:-2], tokens[-2], 3))
    return out


def _patronymic(ta: tuple[str, ...], tb: tuple[str, ...], ca: str | None, cb: str | None) -> bool:
    """Arab naming: an Arab country, or no country at all and a surname that is a frequent Arabic given name."""
    if ca or cb:
        return bool({ca, cb} & _PATRONYMIC_COUNTRIES)
    return any(_canon(t[-1]) in _ARABIC_GIVEN_CANON for t in (ta, tb) if len(t) >= 2)


def _same_western(ta: tuple[str, ...], tb: tuple[str, ...], patronymic: bool = False, hispanic: bool = False) -> bool:
    if len(ta) > len(tb):
        ta, tb = tb, ta
    if len(ta) == 1:
        # Lone surname against a full name: compare with its surname.
        return len(ta[0]) > 1 and any(_surname_match(ta[0], s) for _, s, kind in _splits(tb, hispanic) if kind != 2)
    for ga, sa, ka in _splits(ta, hispanic):
        for gb, sb, kb in _splits(tb, hispanic):
            # Only one side may be re-read: two glued surnames would compare middle names, two
            # dropped dynasty names would equate "bin Rashid Al Maktoum" with "bin Rashid Al Nahyan".
            if ka and kb:
                continue
            if not _surname_match(sa, sb):
                # A surname that differs in e/a only joins when the first given names are one name.
                if ga and gb and len(ga[0]) > 1 and len(gb[0]) > 1 and _token_match(ga[0], gb[0]) \
                        and _vowel_variant(sa, sb, surname=True) and not _slavic_c_clash(sa, sb) \
                        and _given_compatible(ga, gb, patronymic=patronymic):
                    return True
                continue
            # A two-word surname alone ("Ben Ali", "Ahmadi Nejad") is a lone surname.
            if (not ga and ka == 1) or (not gb and kb == 1) or (ga and gb and _given_compatible(
                    ga, gb, loose=_canon(sa) == _canon(sb), patronymic=patronymic)):
                return True
            if ga and gb and (_initials_nickname(ga, gb, sb) or _initials_nickname(gb, ga, sa)):
                return True
    return False


def _surname_match(x: str, y: str) -> bool:
    """`_token_match` for family names, where the c of a Slavic -ic name (ASCII for č, ć or c) is no k and no s:
    Vucic (Vučić) is not Vukic, Vusic (Vušić) or Mladik. The other ASCII forms of č, ch and the c of Vučić itself,
    still meet it (Vuchich, Vucic)."""
    return _token_match(x, y) and not _slavic_c_clash(x, y)


def _slavic_c_clash(x: str, y: str) -> bool:
    """One of two family names ends in -ic, neither writes ch, and their c, k and s letters differ."""
    return (x.endswith("ic") or y.endswith("ic")) and "ch" not in x + y \
        and re.sub(r"[^cks]", "", x) != re.sub(r"[^cks]", "", y)


def _initials_nickname(ga: tuple[str, ...], gb: tuple[str, ...], surname_b: str) -> bool:
    """A given name spelled by the other's initials, surname included: "Jeb Bush" is John Ellis Bush (J. E. B.).
    Three letters at least, all given names of the other side written out."""
    nick = ga[0] if len(ga) == 1 else ""
    return len(nick) >= 3 and len(gb) == len(nick) - 1 and all(len(t) > 1 for t in gb) \
        and nick == "".join(t[0] for t in gb) + surname_b[:1]


def _same_ea(a: tuple[tuple[str, ...], ...], b: tuple[tuple[str, ...], ...], korean: bool) -> bool:
    if len(a[0]) != 1 or len(b[0]) != 1:
        return False
    if _ea_family(a[0][0], korean) != _ea_family(b[0][0], korean):
        return False
    if len(a) == 1 or len(b) == 1:  # family name alone
        return True
    return _ea_given(a, korean) == _ea_given(b, korean)


def _hint(code: str | None) -> str | None:
    return code.strip().upper() or None if code else None


_CYRILLIC = re.compile("[\u0400-\u04ff]")


@lru_cache(maxsize=65536)
def _in_script(name: str, letters: re.Pattern[str]) -> bool:
    """Whether the name holds a letter of the script (once per name, not once per pair)."""
    return letters.search(name) is not None


def _cyrillic_heard(a: str, b: str) -> bool:
    """A Western name as Russian writes it by ear ("Дональд Трамп" = Donald Trump, "Олаф Шольц" = Olaf Scholz):
    word for word the same consonants, full given name and surname, and no feminine ending against a masculine."""
    # Initials ("Donald J. Trump") are left out: Russian writes a foreign name without them.
    ta, tb = ([t for t in _western_tokens(_groups(n)) if len(t) > 1] for n in (a, b))
    if len(ta) < 2 or len(ta) != len(tb):
        return False

    def heard(tok: str) -> set[str]:
        """The token's consonants as Russian hears them; a Latin token is also read as Polish (cz, sz, rz, w:
        "Jarosław Kaczyński" is "Ярослав Качиньский")."""
        polish = tok.replace("cz", "ch").replace("sz", "sh").replace("rz", "zh").replace("w", "v")
        return {_consonants(t.replace("sch", "sh").replace("th", "t").replace("z", "ts").replace("j", "y"))
                for t in (tok, polish)}

    return all(heard(x) & heard(y) and not _gender_clash(_canon(x), _canon(y)) for x, y in zip(ta, tb, strict=True))


_ARABIC = re.compile("[\u0600-\u06ff]")
_ALEF = frozenset("\u0627\u0623\u0625\u0622\u0671")


def _consonants(word: str, g_as: str = "k") -> str:
    """Consonant skeleton of one romanized Arabic or Persian name word, as the Arabic script writes it: long
    vowels and glides (y, w) and hamza/ayn dropped, q = k = gh, doubled letters once; "V" in front of a word that
    starts with a vowel (Ahmed, not Hamad). A romanized g is a qaf or a gaf (`g_as` "k": Dagalo/دقلو) or, as
    Egypt says it, a jim ("j": Gamal/جمال); j is always jim, so Jamal is not Kamal (كمال)."""
    s = word.lower()
    start = "V" if s[:1] in "aeiou'`" else ""
    s = re.sub(r"gh|q", "k", s).replace("dj", "j").replace("g", g_as)  # dj: French romanization (Djamel)
    # Dhal and zah are romanized d, dh or z (Gaddafi/Qadhafi, ظریف Zarif): one letter with d and z.
    s = re.sub(r"dh|z", "d", s)
    s = re.sub(r"[aeiouyw'`]", "", s)
    return start + re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=65536)
def _glides(word: str) -> frozenset[str]:
    """A romanized word of one consonant ("Uday", "Ali", "Sisi") as the Arabic script may write it: each vowel
    either unwritten (a short vowel) or a long vowel written y (i, e, ay, ei) or w (u, o, aw, ou), an initial
    vowel an alef or ayin (V). عدي is Uday, Odai, Adi; عيد is Eid, not Uday: its skeleton alone is too weak."""
    s = word.lower()
    start = "V" if s[:1] in "aeiou'`" else ""
    s = re.sub(r"gh|q", "k", s[1:] if start else s).replace("dj", "j")
    s = re.sub(r"dh|z", "d", s)
    out = {""}
    for piece in re.findall(r"ee|ii|ei|ey|ai|ay|iy|oo|ou|uu|aw|au|ow|[aeiouy]|[^aeiouy]", s):
        if piece in "'`":
            continue
        if piece == "g":
            options = {"k", "j"}
        elif piece[0] not in "aeiouy":
            options = {piece}
        elif piece == "a":
            options = {""}
        elif piece in ("oo", "ou", "uu", "aw", "au", "ow", "o", "u"):
            options = {"", "w"}
        else:
            options = {"", "y"}
        out = {x + o for x in out for o in options}
    return frozenset("~" + start + re.sub(r"(.)\1+", r"\1", x) for x in out)


def _options(key: str | frozenset[str]) -> Iterable[str]:
    return (key,) if isinstance(key, str) else key


def _weak(key: str | frozenset[str]) -> bool:
    """A word of one consonant, written with its long vowels ("~")."""
    return any(k.startswith("~") for k in _options(key))


def _key_equal(x: str | frozenset[str], y: str | frozenset[str]) -> bool:
    for a in _options(x):
        for b in _options(y):
            if a == b:
                return True
            if a.endswith("*") or b.endswith("*"):  # a ta marbuta: with or without its h
                marked, other = (a, b) if a.endswith("*") else (b, a)
                if other in (marked[:-1], marked[:-1] + "h"):
                    return True
    return False


def _keys_equal(xs: Sequence[str | frozenset[str]], ys: Sequence[str | frozenset[str]]) -> bool:
    return len(xs) == len(ys) and all(_key_equal(x, y) for x, y in zip(xs, ys, strict=True))


@lru_cache(maxsize=65536)
def _arabic_skeletons(name: str) -> tuple[str, ...] | None:
    """Skeletons of a name in Arabic script (its article "al-" and titles dropped, "bin" glued to the next
    word), or None when the name is not in Arabic script."""
    if not _ARABIC.search(name):
        return None
    out: list[str] = []
    carry = ""
    for word in name.split():
        # A final ta marbuta is romanized -a or -eh (Bouteflika, Haniyeh): "*" lets the h be there or not.
        marbuta = "*" if word.endswith("\u0629") and len(word) > 1 else ""
        word = word.removesuffix("\u0629")
        word = word[2:] if word.startswith("\u0627\u0644") and len(word) > 3 else word
        latin = anyascii(word)
        skeleton = _consonants(latin)
        glides = ("V" if latin[:1] in "`'" else "") + re.sub(r"[aeiou`']", "", re.sub(
            r"dh|z", "d", re.sub(r"gh|[qg]", "k", latin)))
        # A final ya is a long i the romanization writes (عباسي Abbasi, not عباس Abbas); alef maksura is an a.
        final_ya = "y" if word[-1:] in "\u064a\u06cc" and not marbuta else ""
        if word[:1] in _ALEF and not skeleton.startswith("V"):
            skeleton = "V" + skeleton  # anyascii drops a leading alef: احمد is "hmd", Ahmad "Vhmd"
            glides = "V" + glides
        if skeleton in ("bn", "Vbn"):
            carry = "bn"
            continue
        if skeleton == "Vbd":  # Abd and the next word are one name: عبد العزيز is Abdelaziz, Abdul Aziz
            carry = "Vbd"
            continue
        if carry:  # the compound ("Abdelaziz", "binZayed") is long enough to decide on its skeleton
            out.append(re.sub(r"(.)\1+", r"\1", carry + (skeleton.removeprefix("V") if carry == "Vbd" else skeleton))
                       + marbuta + final_ya)
        elif len(skeleton.removeprefix("V")) < 2:
            out.append("~" + re.sub(r"(.)\1+", r"\1", glides))
        else:
            out.append(skeleton + marbuta + final_ya)
        carry = ""
    return tuple(out)


_ABD_PREFIX = re.compile(r"^abd(?:oul|ul|el|al|ol|ou|u|e|i)?(?=[a-z])")
# Letters of the Persian (and Urdu) alphabet that Arabic lacks: such a name has no patronymic inside it, and a
# compound given name ("Ali Akbar") may be shortened to its second part.
_PERSIAN_LETTERS = re.compile("[\u067e\u0686\u0698\u06a9\u06af\u06cc]")
_NO_PATRONYMIC_COUNTRIES = frozenset({"IRN", "AFG", "PAK", "TJK"})
# Spanish-speaking countries: a full name ends in the father's surname and the mother's, and goes by the father's.
_HISPANIC_COUNTRIES = frozenset("""ESP MEX GTM HND SLV NIC CRI PAN CUB DOM PRI COL VEN ECU PER BOL CHL ARG URY
PRY""".split())


_FINAL_LONG_I = re.compile(r"(?:[^aeiou]i|[^aeiou]y|ee|ey|ei|ai|ay|iy|ie)$")


@lru_cache(maxsize=65536)
def _latin_arabic_key(token: str) -> str | frozenset[str]:
    """A romanized word as the Arabic script may write it: its skeleton, or its skeletons when a g leaves the
    letter open (jim or qaf), with "y" for a final long i; a word of one consonant as `_glides`."""
    if token.startswith(("bin", "abd")):
        token = token.replace("bin", "bn", 1) if token.startswith("bin") else _ABD_PREFIX.sub("abd", token)
    token = token.replace("v", "w")  # Persian waw is v (Javad: جواد)
    skeletons = {_consonants(token, g) for g in ("k", "j")}
    if any(len(x.removeprefix("V")) < 2 for x in skeletons) and not token.startswith(("bn", "abd")):
        return _glides(token)
    # A final -a may be an alef maksura, which Egyptian spelling writes as a ya (مصطفي Mostafa).
    finals = ("y",) if _FINAL_LONG_I.search(token) else ("", "y") if re.search("[^aeiou]a$", token) else ("",)
    keys = frozenset(x + final for x in skeletons for final in finals)
    return next(iter(keys)) if len(keys) == 1 else keys


def _glued(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A name in Arabic script, and the name with two neighbouring words written as one, as romanizations write
    compounds (نصر الله Nasrallah)."""
    out = [words]
    for i in range(len(words) - 1):
        if not (words[i].startswith("~") or words[i + 1].startswith("~") or words[i].endswith("*")):
            glued = re.sub(r"(.)\1+", r"\1", words[i] + words[i + 1].removeprefix("V"))
            out.append(words[:i] + (glued,) + words[i + 2:])
    return out


def _aligned(x: Sequence[str | frozenset[str]], y: Sequence[str | frozenset[str]], shortened: bool) -> bool:
    """Word keys of one name against another's: equal, or the shorter without middle names or a leading
    Muhammad of the longer; with `shortened` (no patronymics), also without the longer one's leading names."""
    short, long = sorted((x, y), key=len)
    if len(short) < 2 or all(_weak(k) for k in short):
        return False  # words of one consonant only: too weak
    if _keys_equal(short, long):
        return True
    if len(short) == len(long):
        return False
    return _keys_equal(short[:-1], long[:len(short) - 1]) and _key_equal(short[-1], long[-1]) \
        or long[0] == "mhmd" and _keys_equal(short, long[1:]) or shortened and _keys_equal(short, long[-len(short):])


def _same_script_arabic(a: str, b: str, ca: str | None = None, cb: str | None = None) -> bool | None:
    """A name in Arabic script against another: the same skeleton word for word, or the same name with middle
    names left out ("Uday [Saddam] Hussein") or a leading Muhammad left out ("[Mohamed] Hosni Mubarak"); never
    the name without its own first name, which is the father's ("Saddam Hussein" in "Uday Saddam Hussein"),
    except in Persian script or under a country without patronymics, where "[Ali] Akbar Hashemi Rafsanjani"
    is one name shortened. Two words may be one romanized word (نصر الله Nasrallah). A lone romanized surname
    matches the last word of a full name in Arabic script (three consonants at least). None: neither is
    Arabic."""
    sa, sb = _arabic_skeletons(a), _arabic_skeletons(b)
    if sa is None and sb is None:
        return None
    persian = any(_PERSIAN_LETTERS.search(n) for n in (a, b) if _ARABIC.search(n)) \
        or bool({ca, cb} & _NO_PATRONYMIC_COUNTRIES)
    shortened = persian and not {ca, cb} & _PATRONYMIC_COUNTRIES
    if sa is not None and sb is not None:
        return _aligned(sa, sb, shortened)
    arabic, latin_name = (sa, b) if sa is not None else (sb or (), a)
    latin = [_latin_arabic_key(t) for t in _western_tokens(_groups(latin_name))]
    if len(latin) == 1 and len(arabic) >= 2 and not _given_name_only(latin_name):
        lone = latin[0]
        return not _weak(lone) and all(len(k.removeprefix("V")) >= 3 for k in _options(lone)) \
            and _key_equal(lone, arabic[-1])
    return any(_aligned(variant, latin, shortened) for variant in _glued(arabic))


_HEBREW = re.compile("[\u05d0-\u05ea]")
_HEBREW_MARKS = re.compile("[\u0591-\u05c7]")  # points (niqqud) and cantillation
# Each Hebrew letter as the consonant classes a romanization may write it with. The matres lectionis are
# optional: vav is v or the vowel o/u, yod y or i/e, a final he the vowel -a/-e; alef and ayin carry vowels.
# Het, kaf, qof and he are one class (Chaim/Haim, Yitzhak/Itzhak); zayin and tsadi are z (Herzog, Yitzhak).
_HEBREW_LETTERS: dict[str, tuple[str, ...]] = {
    "\u05d0": ("",), "\u05e2": ("",), "\u05d5": ("", "B"), "\u05d9": ("", "Y"),
    "\u05d1": ("B",), "\u05d2": ("G",), "\u05d3": ("D",), "\u05d4": ("K",), "\u05d6": ("Z",),
    "\u05d7": ("K",), "\u05d8": ("T",), "\u05da": ("K",), "\u05db": ("K",), "\u05dc": ("L",),
    "\u05dd": ("M",), "\u05de": ("M",), "\u05df": ("N",), "\u05e0": ("N",), "\u05e1": ("S",),
    "\u05e3": ("P",), "\u05e4": ("P",), "\u05e5": ("Z",), "\u05e6": ("Z",), "\u05e7": ("K",),
    "\u05e8": ("R",), "\u05e9": ("S",), "\u05ea": ("T",),
}
# Geresh after gimel, zayin or tsadi writes a foreign sound: j (Jorge), zh, ch.
_HEBREW_GERESH = {"\u05d2": "J", "\u05d6": "J", "\u05e6": "K", "\u05e5": "K"}  # ch is K, as Latin ch is
_LATIN_AS_HEBREW = (("sh", "S"), ("ch", "K"), ("kh", "K"), ("tz", "Z"), ("ts", "Z"), ("ph", "P"), ("th", "T"),
                    ("ck", "K"), ("h", "K"), ("q", "K"), ("c", "K"), ("k", "K"), ("x", "KS"), ("z", "Z"),
                    ("b", "B"), ("v", "B"), ("w", "B"), ("f", "P"), ("p", "P"), ("g", "G"), ("d", "D"),
                    ("t", "T"), ("l", "L"), ("m", "M"), ("n", "N"), ("r", "R"), ("s", "S"), ("j", "J"))


def _collapse(classes: str) -> str:
    return re.sub(r"(.)\1+", r"\1", classes)


@lru_cache(maxsize=65536)
def _hebrew_skeletons(word: str) -> frozenset[str]:
    """The consonant-class skeletons one Hebrew word may be romanized with (vav and yod read both ways)."""
    word = _HEBREW_MARKS.sub("", word)
    options: list[tuple[str, ...]] = []
    for i, ch in enumerate(word):
        if ch in "\u05f3'":  # geresh: the letter before it is a foreign sound
            if options and i > 0 and word[i - 1] in _HEBREW_GERESH:
                options[-1] = (_HEBREW_GERESH[word[i - 1]],)
            continue
        if ch == "\u05d4" and i == len(word) - 1 and i > 0:
            options.append(("", "K"))  # a final he is mostly the vowel: Moshe, Golda Meir's Tova...
            continue
        options.append(_HEBREW_LETTERS.get(ch, ("",)))
    out = {""}
    for opts in options:
        out = {s + o for s in out for o in opts}
        if len(out) > 256:  # an implausibly long word: compare nothing rather than explode
            return frozenset()
    return frozenset(_collapse(s) for s in out)


@lru_cache(maxsize=65536)
def _latin_as_hebrew(token: str) -> str:
    """A romanized token in the Hebrew consonant classes: vowels dropped, y kept where it is a consonant."""
    s = re.sub(r"^y|(?<=[aeiou])y(?=[aeiou])", "Y", token.lower())
    s = re.sub(r"[aeiouy'`]", "", s)
    for latin, cls in _LATIN_AS_HEBREW:
        s = s.replace(latin, cls)
    return _collapse(re.sub(r"[a-z]", "", s))


def _same_script_hebrew(a: str, b: str) -> bool | None:
    """A name in Hebrew script against another: Hebrew writes consonants, vav and yod stand for o/u and i/e as
    well as v and y, so the other name's consonant classes must be one of the readings of each Hebrew word,
    word for word (initials left out of a romanized name). None: neither is Hebrew."""
    ha, hb = _in_script(a, _HEBREW), _in_script(b, _HEBREW)
    if not (ha or hb):
        return None
    if ha and hb:
        wa, wb = a.split(), b.split()
        return len(wa) == len(wb) >= 2 and all(
            _hebrew_skeletons(x) & _hebrew_skeletons(y) for x, y in zip(wa, wb, strict=True))
    hebrew, other = (a, b) if ha else (b, a)
    words = hebrew.split()
    tokens = [t for t in (anyascii(p) for g in _groups(other) for p in g) if len(t) > 1]
    if len(words) < 2 or len(words) != len(tokens):
        return False
    readings = [{_latin_as_hebrew(f) for f in _cognate_forms(t.lower())} for t in tokens]
    return all(len(x) >= 2 for r in readings for x in r) and all(
        r & _hebrew_skeletons(w) for r, w in zip(readings, words, strict=True))


def _cognate_forms(token: str) -> set[str]:
    """A given name and its forms in other languages that the cognate table joins (Isaac, Yitzhak)."""
    key = _COGNATES.get(token, token)
    return {token, key} | _COGNATE_FORMS.get(key, set())


@lru_cache(maxsize=262144)
def _same(a: str, b: str, ca: str | None, cb: str | None) -> bool:
    if ca and cb and ca != cb:
        return False
    arabic = _same_script_arabic(a, b, ca, cb)
    if arabic is not None:
        return arabic
    hebrew = _same_script_hebrew(a, b)
    if hebrew is not None:
        return hebrew
    # "Donald Trump Jr." is the son of "Donald Trump"; "Abdullah II" is not "Abdullah Abdullah". Only a lone
    # surname is written without the suffix of a full name ("Biden" after "Joseph R. Biden Jr.").
    if _parts(a)[1] != _parts(b)[1] and not _suffix_left_out(a, b) and not _suffix_left_out(b, a):
        return False
    if _in_script(a, _CYRILLIC) != _in_script(b, _CYRILLIC) and _cyrillic_heard(a, b):
        return True
    ga, gb = _groups(a), _groups(b)
    if not ga or not gb:
        return False
    if _initialism(a, b) or _initialism(b, a):
        return True
    if _given_name_only(a) or _given_name_only(b):
        # Only another bare form of the same name ("King Salman" ~ "Salman"), or the name with its patronymic
        # ("King Hussein" ~ "Hussein bin Talal", "King Salman" ~ "Salman bin Abdulaziz").
        if len(ga) == 1 and len(gb) == 1:
            return _token_match("".join(ga[0]), "".join(gb[0]))
        bare, full = ("".join(ga[0]), gb) if len(ga) == 1 else ("".join(gb[0]), ga)
        tokens = _western_tokens(full)
        return not (_given_name_only(a) and _given_name_only(b)) and len(tokens) >= 2 \
            and tokens[1].startswith(("bin", "bint")) and _token_match(bare, tokens[0])
    ga, gb = _korean_family_first(ga), _korean_family_first(gb)
    if _is_ea(ga, ca) or _is_ea(gb, cb):
        return _same_ea(ga, gb, _is_korean(ga, ca) or _is_korean(gb, cb))
    ta, tb = _patronymic_last(_western_tokens(ga)), _patronymic_last(_western_tokens(gb))
    if not (ta and tb):
        return False
    if _same_western(ta, tb, patronymic=_patronymic(ta, tb, ca, cb),
                     hispanic=bool({ca, cb} & (_HISPANIC_COUNTRIES | _GRANDFATHER_COUNTRIES))):
        return True
    if {ca, cb} & _O_FOR_A_COUNTRIES:  # Uzbek and Tajik Latin write o for Russian a: Islom/Islam, Rahmon/Rakhmon
        oa, ob = (tuple(t.replace("o", "a") for t in tokens) for tokens in (ta, tb))
        return _same_western(oa, ob)
    if {ca, cb} & _C_FOR_J_COUNTRIES:  # Turkish and Azerbaijani c is j: Ceyhun/Jeyhun, Cemal/Jemal
        ja, jb = (tuple(re.sub(r"c(?!h)", "j", t) for t in tokens) for tokens in (ta, tb))
        if _same_western(ja, jb):
            return True
    # Japanese and Hungarian names are written family name first at home, given name first abroad:
    # "Abe Shinzo" is Shinzo Abe, "Orbán Viktor" Viktor Orbán.
    return bool({ca, cb} & _FAMILY_FIRST_COUNTRIES) and len(ta) == len(tb) == 2 and _same_western(ta, tb[::-1])


def _initialism(short: str, full: str) -> bool:
    """"MBS" is Mohammed bin Salman, "AMLO" Andrés Manuel López Obrador: a word of three to five capitals that
    spells the first letters of every word of a full name of as many words."""
    word = short.strip()
    if not (3 <= len(word) <= 5 and word.isalpha() and word.isupper()):
        return False
    words = [p for g in _groups(full) for p in g]
    return len(words) == len(word) and sum(len(w) > 1 for w in words) >= 2 \
        and "".join(w[0] for w in words) == word.lower()


_RUSSIAN_PATRONYMIC = re.compile(r"(?:ovich|evich|ovych|evych|ilyich|ovna|evna|ichna|ivna)$")


def _patronymic_last(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A Russian name in official order, surname first ("Putin Vladimir Vladimirovich"), in the usual order:
    the father's name ends it where it should stand in the middle."""
    if len(tokens) == 3 and _RUSSIAN_PATRONYMIC.search(tokens[2]) and not _RUSSIAN_PATRONYMIC.search(tokens[1]):
        return (tokens[1], tokens[2], tokens[0])
    return tokens


def _korean_family_first(groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A Korean name in Western order ("Jae-in Moon", "Ki-moon Ban"): a hyphenated given name of two syllables,
    then a Korean family name; put the family name first, as the East Asian comparison reads it."""
    if len(groups) == 2 and len(groups[0]) == 2 and len(groups[1]) == 1 and groups[1][0] in _KOREAN_SURNAMES \
            and all(_is_syllabic(p) for p in groups[0]):
        return (groups[1], groups[0])
    return groups


def _suffix_left_out(lone: str, full: str) -> bool:
    """A lone surname without a suffix against a full name with one."""
    (lone_groups, lone_suffix), (full_groups, full_suffix) = _parts(lone), _parts(full)
    return len(lone_groups) == 1 and not lone_suffix and len(full_groups) >= 2 and bool(full_suffix) \
        and not _given_name_only(lone)


def added_middle_name(longer: str, shorter: str) -> bool:
    """`longer` is `shorter` (two words or more) with one or more middle names, written out, put in before its
    surname: "Mohammad Reza Khatami" against "Mohammad Khatami", "Barack Hussein Obama" against "Barack Obama".
    `same_person` takes such names for one person; whether they are is for a dictionary to say. Not so for a
    Russian patronymic ("Vladimir Vladimirovich Putin"), an initial ("George W. Bush"), a connector ("bin"), an Arab
    chain of fathers' names ("Uday Saddam Hussein", `_patronymic`), or an East Asian name."""
    gl, gs = _groups(longer), _groups(shorter)
    if not gl or not gs or _is_ea(gl, None) or _is_ea(gs, None):
        return False
    tl, ts = _western_tokens(gl), _western_tokens(gs)
    if len(ts) < 2 or len(tl) <= len(ts) or _patronymic(tl, ts, None, None):
        return False
    head = len(ts) - 1
    if not (all(_given_token_match(x, y) for x, y in zip(tl[:head], ts[:head], strict=True))
            and _token_match(tl[-1], ts[-1])):
        return False
    middle = tl[head:-1]
    return all(len(t) > 1 and not _RUSSIAN_PATRONYMIC.search(t) and not t.startswith(tuple(_CONNECTORS.values()))
               for t in middle)


def same_person(a: str, b: str, country_a: str | None = None, country_b: str | None = None) -> bool:
    """Whether two name strings can denote the same person (spelling variants, not nicknames)."""
    return _same(a, b, _hint(country_a), _hint(country_b))


def full_name(name: str) -> bool:
    """A given name and a surname (or family and given name), not a lone name or "King Hussein"."""
    return len(_groups(name)) >= 2 and not _given_name_only(name)


def same_person_across(names_a: Sequence[str], country_a: str | None,
                       names_b: Sequence[str], country_b: str | None) -> bool:
    """Whether two persons found in different articles (each with its names and country) are one.

    Never when their countries differ. With full names on both sides: some pair must be spelling variants, and
    no pair may share a surname while its given names differ ("Saddam Hussein" against "Uday Hussein"). A lone
    name ("Hussein", "King Hussein") proves nothing against a full name; two persons known only by one equal
    name are one only when both have the same country."""
    if country_a and country_b and country_a != country_b:
        return False
    full_a, full_b = [n for n in names_a if full_name(n)], [n for n in names_b if full_name(n)]
    if full_a and full_b:
        pairs = [(x, y) for x in full_a for y in full_b]
        same = [same_person(x, y, country_a, country_b) for x, y in pairs]
        # A name with a title left inside ("Russian Prime Minister Vladimir Putin") says nothing against another.
        plain = {n for n in full_a + full_b if not any(p in _TITLES for g in _groups(n) for p in g)}
        if any(not ok and x in plain and y in plain and _token_match(surname_of(x), surname_of(y))
               for (x, y), ok in zip(pairs, same, strict=True)):
            return False
        return any(same)
    if full_a or full_b:
        return False
    lone_a, lone_b = {normalize(n) for n in names_a}, {normalize(n) for n in names_b}
    return bool(country_a and country_a == country_b and lone_a & lone_b)


def name_similarity(a: str, b: str) -> float:
    """Graded 0..1 score: 1.0 for identical normalized spellings, >= 0.8 for `same_person` pairs.

    Surname counts 0.6 and first given name 0.4; a missing given name scores as half a match.
    """
    ga, gb = _groups(a), _groups(b)
    if not ga or not gb:
        return 0.0
    if normalize(a) == normalize(b):
        return 1.0
    if _is_ea(ga, None) or _is_ea(gb, None):
        korean = _is_korean(ga, None) or _is_korean(gb, None)
        fam = 1.0 if _ea_family(ga[0][0], korean) == _ea_family(gb[0][0], korean) else 0.0
        if len(ga) == 1 or len(gb) == 1:
            giv = 0.5
        else:
            giv = Levenshtein.normalized_similarity(_ea_given(ga, korean), _ea_given(gb, korean))
    else:
        ta, tb = _western_tokens(ga), _western_tokens(gb)
        fam = _token_similarity(ta[-1], tb[-1])
        giv = 0.5 if len(ta) == 1 or len(tb) == 1 else _token_similarity(ta[0], tb[0])
    score = 0.6 * fam + 0.4 * giv
    # Keep the score consistent with the decision: >= 0.8 exactly when same_person says so.
    score = max(score, 0.8) if same_person(a, b) else min(score, 0.79)
    return round(score, 4)


def surname_of(name: str) -> str:
    """Family name, normalized: "Kim Jong-un" -> "kim", "Muammar al-Qaddafi" -> "qaddafi"."""
    groups = _groups(name)
    if not groups:
        return ""
    if _is_ea(groups, None):
        return groups[0][0]
    tokens = _western_groups(groups)
    return " ".join(tokens[-1]) if tokens else ""


def given_of(name: str) -> str:
    """Given names, normalized: "Kim Jong-un" -> "jong un", "George W. Bush" -> "george w"."""
    groups = _groups(name)
    if not groups:
        return ""
    if _is_ea(groups, None):
        return " ".join(p for g in groups[1:] for p in g)
    tokens = _western_groups(groups)
    return " ".join(p for g in tokens[:-1] for p in g)


def _western_groups(groups: tuple[tuple[str, ...], ...]) -> list[tuple[str, ...]]:
    """Like `_western_tokens` but keeps the pieces apart, for display ("von der leyen")."""
    gs = [g[1:] if len(g) > 1 and g[0] in _HYPHEN_ARTICLES else g for g in groups]
    gs = [g for i, g in enumerate(gs) if not (0 < i < len(gs) - 1 and len(g) == 1 and g[0] in _FREE_ARTICLES)]
    out: list[tuple[str, ...]] = []
    carry: tuple[str, ...] = ()
    for i, g in enumerate(gs):
        glue = len(g) == 1 and (g[0] in _CONNECTORS or g[0] in _PARTICLES or (g[0] == "ben" and i > 0))
        if i < len(gs) - 1 and glue:
            carry += g
            continue
        out.append(carry + g)
        carry = ()
    return out


# --------------------------------------------------------------------------- clustering


def _specificity(name: str) -> tuple[int, int]:
    groups = _groups(name)
    return (len(groups), sum(len(p) for g in groups for p in g))


def cluster_names(names: Sequence[tuple[str, str | None]]) -> list[list[str]]:
    """Group (name, ISO3 hint or None) pairs into people; clusters and members keep input order.

    Most specific names are placed first. A name joins a cluster only if it is `same_person`
    with every member (complete linkage: no chaining "George Bush" between two Bushes), each compared under
    the cluster's country where its own hint is missing (so a name with another country's hint never joins,
    and "Abe Shinzo" meets "Shinzo Abe" of a JPN cluster). A name that could join two or more clusters is
    ambiguous and stays on its own: a lone "Kim" next to Kim Jong-un and Kim Yo-jong is attached to neither.
    """
    items = [(n, _hint(c)) for n, c in names]
    order = sorted(range(len(items)), key=lambda i: (-_specificity(items[i][0])[0], -_specificity(items[i][0])[1], i))
    clusters: list[list[int]] = []
    countries: list[str | None] = []  # a cluster's country: the first its members' hints give
    for i in order:
        name, hint = items[i]
        fits = [
            k for k, c in enumerate(clusters)
            if all(_same(name, items[j][0], hint or countries[k], items[j][1] or countries[k]) for j in c)
        ]
        if len(fits) == 1:
            clusters[fits[0]].append(i)
            countries[fits[0]] = countries[fits[0]] or hint
        else:
            clusters.append([i])
            countries.append(hint)
    clusters = [sorted(c) for c in clusters]
    clusters.sort(key=lambda c: c[0])
    return [[items[i][0] for i in c] for c in clusters]
