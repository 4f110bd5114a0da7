"""Social-media handles and account names: @handles, LINE/Facebook/IG IDs after their cue,
and profile URLs. The platform word stays (e.g. "TikTok", "LINE" are kept)."""

from __future__ import annotations

import re

from assistant.redact.recognizers.base import RegexRecognizer, Rule
from assistant.redact.regex_gate import gate_patterns
from assistant.redact.types import EMAIL, ONLINE_ID

_PLATFORM = (
    r"(?:LINE|Line|line|IG|Insta(?:gram)?|FB|Facebook|facebook|fb|Twitter|twitter|X|TikTok|tiktok|"
    r"Snapchat|Snap|snap|Discord|discord|Telegram|WeChat|Kakao|ไลน์|เฟซบุ๊ก|เฟซบุ๊ค|เฟสบุ๊ค|เฟส|ไอจี|ติ๊กต็อก|"
    # messaging, gaming and dating accounts written the same way (Viber: name, Xbox gamer.tag)
    r"Viber|viber|Signal|Skype|skype|Twitch|twitch|Reddit|reddit|Kik|kik|Threads|Tumblr|Zalo|"
    r"Xbox|PSN|Steam|Roblox|roblox|Tinder|Grindr|Bumble|Hinge|Messenger|WhatsApp|sc|SC|"
    # session 27: dictated in lower case (a telegram group ipl_sure_shot_kings, on xbox as …)
    r"telegram|insta|instagram|whatsapp|xbox|psn|steam)"
)
_ID = r"(?:\s*(?:ID|id|Id|ไอดี))?"
#: round 18 — an owner word never ends a sentence: "the LINE orders. Bam: GAD-7 15" is a new clause.
#: session 8 — nor is it a bare number: "Line 4: calm, engaged" numbers a line of notes.
_OWNER = r"(?:[^\S\n]+(?!\d+[\s:：])(?![^\s:：@]*[.!?][^\S\n])[^\s:：@]{1,20}){0,2}?"      # e.g. "LINE ภรรยา: …", "FB พี่ชัย: …"
#: Whose account it is, written between the platform and a quoted display name.
_KIN_OWNER = (
    r"(?:พ่อเลี้ยง|แม่เลี้ยง|สามี|ภรรยา|แฟน|แฟนเก่า|แม่|พ่อ|ลูกสาว|ลูกชาย|ลูก|พี่สาว|พี่ชาย|น้องสาว|น้องชาย|"
    r"เพื่อน|ยาย|ตา|ป้า|ลุง|น้า|อา|ผัว|เมีย|คนร้าย|ผู้กระทำ|นายจ้าง|นายหน้า)"
)
#: A Discord tag keeps its number: nightcrawler#4412.
_HANDLE = r"@?[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_])?(?:#\d{4})?"
#: A handle with no cue of its own to vouch for it must look made up: a digit, or a dot or
#: underscore joining its parts (noom_1985, ploy.chompoo), so "LINE group" is no handle.
_MARKED_HANDLE = r"(?=[A-Za-z0-9_.\-]*(?:\d|[._][A-Za-z0-9]))[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_])?"
_CUE_WORDS = r"(?!(?:LINE|Line|line|ไลน์|ไอดี|เฟซบุ๊ก|เฟส|IG|FB|Tel|โทร)(?![A-Za-z]))"
#: A Thai display name: one or two words (in a run-on note the first runs on into the sentence;
#: resolve.cut_thai_run_ons ends it at the first clause word).
_THAI_DISPLAY = r"[\u0E01-\u0E4E]+(?:[^\S\n][\u0E01-\u0E4E]+)?"
_DISPLAY = _CUE_WORDS + (
    r"(?:[A-Za-z][\w.'’\-]*(?:[^\S\n][A-Za-z][\w.'’\-]*){0,4}"
    r"|" + _THAI_DISPLAY + ")"
)

#: A bare handle-shaped word: lowercase letters joined by "." or "_" with a digit in it
#: (jace.xo.16, noom_1985). Not an e-mail part, URL, decimal, dose or abbreviation (e.g., a.m.),
#: nor a snake_case field name without digits (session_date).
_BARE_HANDLE = re.compile(
    r"(?<![\w.@/:\-])(?=[a-z0-9._]*\d)[a-z][a-z0-9]*(?:[._][a-z0-9]+)+(?![\w@/]|\.[A-Za-z0-9])"
)


def _not_hotline(value: str) -> bool:
    """"Crisis line 988", "line 1323": a short number after "line" is a hotline, not a LINE ID.
    A clock time after a platform word is when a message came (แจ้งมาทางไลน์ 08.40 น.), and a
    time range is when a chat ran (แชทออนไลน์ 20.00-20.50 น.)."""
    return not (value.isdigit() and len(value) <= 5) and not re.fullmatch(
        r"\d{1,2}[.:]\d{2}(?:[^\S\n]*[-–][^\S\n]*\d{1,2}[.:]\d{2})?", value
    ) and not AGE_GROUP.fullmatch(value) and not _TOLL_FREE.match(value)


#: session 41 (set 139) — a North American toll-free number (Help Line 1-800-265-3333): a helpline
#: every caller shares, not a LINE ID.
_TOLL_FREE = re.compile(r"(?:\+?1[^\S\n]?[-.]?[^\S\n]?)?\(?8(?:00|33|44|55|66|77|88)\)?[-.\s]\d{3}[-.\s]\d{4}$")


#: session 29 — a team's age group after a sports club's initials (Balga Lions SC U17s): SC is
#: Snapchat's short name too, but U17s is a squad, not a handle — in dictated lower case too (sc u17s).
AGE_GROUP = re.compile(r"U(?:nder-?)?\d{1,2}s?", re.IGNORECASE)


#: round 18 — a screening instrument's name (GAD-7, PHQ-9, PCL-5, K-10) is a score, never a handle.
_INSTRUMENT = re.compile(r"[A-Z]{1,5}-\d{1,2}[A-Z]?")


#: Words that open the next clause after "Snapchat again: …" — never a handle on their own.
_CLAUSE_OPENERS = frozenset({
    "the", "a", "an", "he", "she", "they", "we", "i", "it", "his", "her", "their", "this", "that", "mum",
    "dad", "no", "not", "yes", "and", "but", "so", "then", "was", "is", "has", "had", "will",
})


def _not_hotline_or_scale(value: str) -> bool:
    return _not_hotline(value) and not _INSTRUMENT.fullmatch(value) and value.lower() not in _CLAUSE_OPENERS


def _handle_like(value: str) -> bool:
    return len(value) >= 6 and sum(c.isalpha() for c in value) >= 3


#: A Discord-style tag anywhere: a handle, "#", four digits (nightcrawler#4412).
_DISCORD_TAG = re.compile(r"(?<![\w.@#])[A-Za-z][A-Za-z0-9_.]{1,30}#\d{4}(?![\w#])")

#: round 17 — an e-mail address whatever its top-level domain: Presidio's own recognizer checks
#: the TLD against the public list, so a reserved or odd one (.example, .invalid, .local, .lan)
#: slipped through although the address still names its owner.
_EMAIL_ANY_TLD = re.compile(
    # (session 19) a Thai letter before it is no part of it: อีเมลปอยpoy@gmail.com in a run-on note
    r"(?<![A-Za-z0-9_.%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9_@])"
)
#: round 17 — a gaming handle after its platform may be one camel-case word with no digit or
#: separator (PSN xSmokeyRay, Xbox TaviKnight, Steam DarkOtter): a capital inside the word
#: (after a lower-case letter) marks it as a made-up handle, not the next English word.
_GAME_PLATFORM = r"(?:Xbox|XBOX|xbox|PSN|PS4|PS5|Steam|steam|Discord|discord|Twitch|twitch|Roblox|roblox|Epic|Fortnite|YouTube|Youtube|youtube)"
#: (session 27: or a few words on, after "as" or a name word, quoted or not — games on Xbox as
#: "T0bzWhyte", Twitch, streamer name KingSavageTTV; a digit inside marks it too)
_CAMEL_HANDLE = re.compile(
    # (session 30: a channel's name too — YouTube channel TemkaPlaysMN, on YouTube as GrenadaGrannyRecipes)
    rf"(?<![A-Za-z]){_GAME_PLATFORM}(?:[^\S\n]+(?:ID|id|name|user|channel))?(?:[^\S\n]+is)?"
    r"(?:[^\n]{0,24}?(?<![A-Za-z])(?:as|name|tag|handle|called))?[^\S\n]*[:：]?[^\S\n]*[\"“'‘]?"
    r"(?P<v>(?=[A-Za-z0-9_]*(?:[a-z][A-Z]|[A-Za-z]\d[A-Za-z]))[A-Za-z][A-Za-z0-9_]{3,30})(?![\w@.])"
)
#: session 27 — a handle typed in capitals with its underscore a few words after its platform
#: (ON XBOX ALL NIGHT AS SEANOG_GWY): capitals and an underscore are no word of a form.
_CAPS_UNDERSCORE = re.compile(
    rf"(?<![A-Za-z])(?i:{_GAME_PLATFORM[3:-1]}|telegram|insta(?:gram)?|snapchat|tiktok)(?![A-Za-z])[^\n]{{0,40}}?"
    r"(?<![\w.@])(?P<v>[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])(?![\w@])"
)

#: session 6 — handles rarely carry a digit (kacpi_nw, ghost_of_ballymun, ximena.rr): a mixed-case
#: word with an underscore is made up wherever it stands (KingBoss_TH, xX_Reaper_Xx); a Riot-style
#: tag has letters after its "#" (ShadowFox#NA1).
_MIXED_UNDERSCORE = re.compile(
    # (session 25: a Thai word glued before it is no part of it, ใช้ชื่อKongZa_RE)
    r"(?<![A-Za-z0-9_.@/:\-])(?=[A-Za-z0-9_]*[a-z])(?=[A-Za-z0-9_]*[A-Z])[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9]"
    r"(?![A-Za-z0-9_@/\-]|\.[A-Za-z0-9])"  # a full stop may end the sentence (as SgtHavoc_0331.)
)
#: session 7 — a chat log's speaker after the message time: "02:06 moonchild_th: …", a handle even
#: with no digit or capital (a field name such as next_appt: has no clock time before it).
_CHAT_SPEAKER = re.compile(
    r"(?m)^[^\S\n]*\[?\d{1,2}[:.]\d{2}\]?[^\S\n]*(?:[-–][^\S\n]*)?(?P<v>[a-z][a-z0-9]*(?:[._][a-z0-9]+)+)(?=[^\S\n]*:)"
)
_RIOT_TAG = re.compile(r"(?<![\w.@#])[A-Za-z][A-Za-z0-9_]{2,16}#(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{2,5}(?![\w#])")
#: A lower-case handle joined by "." or "_" with no digit needs an app or account word earlier on
#: its line (her insta is apparently lil_miss_maddy; บัญชีไอจีว่า ploy.lovely): field names
#: (session_date) and abbreviations stay.
_ACCOUNT_CUE = _PLATFORM[:-1] + r"|ig|snapchat|account|user ?name|user|handle|tag|alt|visitor|page|ชื่อบัญชี|บัญชี|แอค|ไอดี)"
_CUED_LOWER_HANDLE = re.compile(
    rf"(?<![A-Za-z]){_ACCOUNT_CUE}(?![A-Za-z])[^\n]{{0,60}}?(?<![\w.@/:\-])"
    # (session 26: a short part too, after the account word — jaz.mine_x, kd_2009 — five letters in all)
    # (session 27: a handle may end in its underscore, jadeyy.t_)
    r"(?P<v>(?=[a-z0-9._]{5})[a-z][a-z0-9]{1,}(?:[._][a-z0-9]+)+_?)(?![\w@/]|\.[A-Za-z0-9])"
)
#: session 12 — a handle joined by "_" (plakrai_kk, kaengkhoi_reaper) is made up wherever it
#: stands: field names are English (session_date). Session 35: in any case, with a short first
#: part, an underscore at either end (kd_the_great, DRILLR_GOD905, BeethamSoldiers_, _x_lina_x_) —
#: all 256 underscore words in the open sets were account names.
_SNAKE_HANDLE = re.compile(
    r"(?<![\w.@/:\-])(?P<v>(?=[A-Za-z0-9]*_)_*[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)*_*)(?![\w@/]|\.[A-Za-z0-9])"
)
#: session 12 — one lower-case word right after an account word (account onglovesmum, seller,
#: thaitestoshop; handle: x): a handle when it is no English word.
_AFTER_ACCOUNT_WORD = re.compile(
    r"(?<![A-Za-z])(?:account|handle|username|user ?name|profile|page|seller|shop)[^\S\n]*[,:：]?[^\S\n]+"
    r"(?P<v>[a-z][a-z0-9]{5,30})(?![\w@.])"
)
#: session 12 — a leet word: a digit between lower-case letters (Kr4kenTH, sk8erboi); medical
#: terms put digits after capitals (HbA1c, T2DM, G6PD) and are short (q4h).
_LEET = re.compile(r"(?<![\w.@#/\-])(?=[A-Za-z0-9]{6,}(?![\w@]))[A-Za-z]+[a-z]\d+[a-z][A-Za-z0-9]*(?![\w@#])")
#: session 39 (set 131) — "<platform> is <handle>", said the way a worker says it: "K's own Discord
#: is kbiggsxwolfpup", "his own IG is t.boyce_mvp", "her TikTok name is lulu2k". One handle-shaped
#: token, and (validated) no English word: "his IG is private" says how the account is.
_IS_ON_PLATFORM = re.compile(
    rf"(?<![A-Za-z]){_PLATFORM[:-1]}|YouTube|Youtube|youtube)(?:[^\S\n]+(?i:name|handle|username|user[^\S\n]name|tag|id))?"
    r"[^\S\n]+is[^\S\n]+[\"“']?(?P<v>[A-Za-z0-9_][A-Za-z0-9_.\-]{2,30}[A-Za-z0-9_](?:#\d{4})?)(?![\w@]|\.[A-Za-z0-9])"
)
#: session 31 — the name someone goes by on a platform, after "as" or "called" (messages him on
#: facebook as tdee709, posts on YouTube as Lil Jayo 242): a word with letters then digits, or
#: capitalised words closed by a number — a stage name with its area code or year.
_AS_ON_PLATFORM = re.compile(
    rf"(?<![A-Za-z]){_PLATFORM[:-1]}|youtube|YouTube|Youtube)(?![A-Za-z])[^\n.;]{{0,20}}?(?<![A-Za-z])(?:as|called)[^\S\n]+"
    r"(?P<v>(?=[a-z0-9._]*[a-z][a-z0-9._]*\d)[a-z][a-z0-9._]{2,29}(?![\w@])"
    # (session 33: a sentence's full stop may close it — "as Mussel Boy 902. Denies…"; a decimal may not)
    r"|[A-Z][\w'’]*(?:[^\S\n][A-Z][\w'’]*){0,3}[^\S\n]\d{2,4}(?![\w/:\-]|\.\d))"
)
#: session 31 — a group chat's name after its label (group chat: Bucana Squad 2011): capitalised
#: words, or one closed by a number or year.
_GROUP_CHAT_LABEL = re.compile(
    r"(?i:group[^\S\n]?chat|chat[^\S\n]group|gc)[^\S\n]*[:：][^\S\n]*"
    r"(?P<v>[A-Z][\w'’]*(?:[^\S\n][A-Z0-9][\w'’]*){0,4})(?=[^\S\n]*(?:\n|$|[,;(]))"
)
#: session 12 — a display name after a platform and "named" (เฟซชื่อ ฝ้ายคำ มหาเฮง, Discord ชื่อ
#: ปั้นไม่ปั้นแล้ว, โปรไฟล์ชื่อ Tony Rich BKK, เฟซบุ๊กของตัวเองชื่อ Som Sugar Babe).
_NAMED_ON_PLATFORM = re.compile(
    # (session 20: หัวหน้าไลน์ is a production-line supervisor, no LINE account)
    rf"(?<![A-Za-z])(?<!หัวหน้า){_PLATFORM[:-1]}|เฟซ|โปรไฟล์|เพจ|แอค|ดิสคอร์ด|ติ๊กต็อก)(?:[^\S\n]?ของ[\u0E01-\u0E4E]{{0,12}})?"
    r"[^\S\n]?(?:ใช้)?ชื่อ(?:ว่า)?[^\S\n]?(?!(?:user|name|account|ID|id|ไอดี|ผู้ใช้)(?![A-Za-z]))(?P<v>"
    # (not a score after the name: FB ชื่อ Piyachat Thongkhao| EPDS = 14)
    r"[A-Za-z][\w.'’\-]*(?:[^\S\n](?![A-Z]{2,}[^\S\n]*(?:[=:]|\d))[A-Za-z][\w.'’\-]*){0,4}"
    r"|" + _THAI_DISPLAY + ")"
)


#: Games a player's name is given in, named before it (ชื่อในเกม ROV …): the game, not the name.
GAME_NAMES = ("ROV", "RoV", "PUBG", "Free Fire", "FreeFire", "Roblox", "Minecraft", "Fortnite", "Valorant", "MLBB", "Genshin")
_GAME_NAMES = "(?:" + "|".join(re.escape(g).replace(r"\ ", r"[^\S\n]?") for g in GAME_NAMES) + r")(?![A-Za-z0-9])"
#: Platforms a display name is quoted after, including video channels (ช่อง YouTube "…").
_QUOTED_PLATFORM = _PLATFORM[:-1] + r"|YouTube|Youtube|youtube|ยูทูบ|ช่อง|เพจ|เซิร์ฟเวอร์|เซิฟ)"
#: Decorative letters: phonetic small capitals and their extensions, Latin Extended-D's small
#: capitals, Javanese ornaments, mathematical alphanumerics, full-width Latin, circled letters.
_FANCY = "\u1D00-\u1D7F\u1D80-\u1DBF\uA720-\uA7FF\uA9C1\uA9C2\U0001D400-\U0001D7FF\uFF21-\uFF5A\u24B6-\u24E9\u0299\u026A\u0262\u029C\u029F\u0274\u0280\u028F"
_FANCY_HANDLE = re.compile(
    rf"(?<![\w{_FANCY}])(?=[\w.{_FANCY}]*[{_FANCY}][\w.{_FANCY}]*[{_FANCY}])[\w.{_FANCY}]*[\w{_FANCY}](?![\w{_FANCY}])"
)
#: A remark in the bracket after a platform word, not an account's name.
_BRACKET_REMARKS = ("ปิด", "ลบ", "เก่า", "ใหม่", "ส่วนตัว", "ล็อก", "แคป", "กลุ่ม", "ทาง", "ของ", "private", "deleted", "closed", "old", "new", "see ")


#: Platforms whose word before a bracket is the account's (not "line", a phone line, nor ไลน์,
#: also a factory line and the end of ออนไลน์).
_BRACKET_PLATFORM = (
    r"(?:LINE|IG|Insta(?:gram)?|FB|Facebook|facebook|TikTok|tiktok|Snapchat|Discord|Telegram|WeChat|"
    r"Twitter|YouTube|Messenger|เฟซบุ๊ก|เฟซบุ๊ค|เฟสบุ๊ค|เฟส|ไอจี|ติ๊กต็อก)"
)


def _account_name(value: str) -> bool:
    """Not a price, a remark (ปิดไปแล้ว, deleted), lower-case English words (group chat) or Thai
    dictionary words only (ได้รับความยินยอม): a name holds a listed name or a word of its own."""
    from assistant.redact.thai_lexicon import get_thai_lexicon

    if not _no_price(value) or value.lower().startswith(_BRACKET_REMARKS):
        return False
    if value[:1].isascii():
        return not value[:1].islower()
    if any(c.isdigit() for c in value):
        return False  # (น้องแคปส่งมาเอง 2 ต.ค.): when and who sent it
    th = get_thai_lexicon()
    words = [w for w in th.tokenize(value) if w.strip()]
    return any(th.is_name(w) or (w not in th.words and len(w) > 1) for w in words)


def _not_an_english_word(value: str) -> bool:
    """A made-up word: not one English knows or inflects (private, blocked, down)."""
    from assistant.redact.given_names import is_english_or_inflected

    return not is_english_or_inflected(value.lower())


def _not_english(value: str) -> bool:
    from assistant.redact.given_names import is_english_word

    return not is_english_word(value.split("_")[0])


def _made_up_underscore_word(value: str) -> bool:
    """Three letters, and a digit, a part no English word or a part that is a given name
    (gwyn_the_gaffer): session_date and client_name are a form's fields. (_SNAKE_HANDLE only
    matches words with an underscore.)"""
    from assistant.redact.given_names import all_given_names, is_english_word

    parts = [p for p in value.split("_") if p]
    return (
        sum(c.isalpha() for c in value) >= 3
        and (
            any(c.isdigit() for c in value)
            or not all(is_english_word(p.lower()) for p in parts)
            or any(len(p) >= 4 and p.capitalize() in all_given_names() for p in parts)
        )
    )


_FILE_ENDINGS = (
    ".pdf", ".doc", ".docx", ".jpg", ".jpeg", ".png", ".txt", ".xls", ".xlsx", ".csv", ".ppt", ".pptx", ".zip",
    # session 42 — recordings and clips a note names (visit_0321.m4a): a file, not an account
    ".m4a", ".mp3", ".mp4", ".wav", ".mov", ".ogg", ".opus", ".aac", ".heic", ".amr",
)


def _not_a_file(value: str) -> bool:
    return not value.lower().endswith(_FILE_ENDINGS)


def _handle_like_unfiled(value: str) -> bool:
    return _handle_like(value) and _not_a_file(value)


def _made_up_unfiled_word(value: str) -> bool:
    return _made_up_underscore_word(value) and _not_a_file(value)


#: session 42 — a made-up account name joined by dots with no digit and no account word near it
#: (golf.tnk in a list of accounts, plaifah.lng in a table cell, nezuko.sleepy a few words after
#: the app): over every open set, a word of two letters or more, a dot and two letters or more
#: again, in lower case, was an account name 648 times in 651 (the others a file, a web address, a
#: title glued to a name, "ignored.by" a missing space); with capitals, only when a digit is in it (Filmon.Habte.77; Cybertip.ca and
#: Ms.Rowena are no account). Web addresses (a generic domain part: headspace.org.au), files,
#: abbreviations (e.g., a.m.) and a dose's short forms (tab.paracetamol) stay.
_DOTTED_HANDLE = re.compile(
    r"(?<![\w.@/:\-])[A-Za-z][A-Za-z0-9]+(?:\.[A-Za-z0-9]{2,})+_?(?![\w@/]|\.[A-Za-z0-9])"
)
_DOMAIN_PARTS = frozenset({"com", "org", "net", "gov", "govt", "edu", "int", "info", "io", "biz", "ac", "co", "nhs", "mil"})
_ABBREVIATION_HEADS = frozenset({
    "tab", "tabs", "cap", "caps", "inj", "syr", "susp", "amp", "vit", "dr", "mr", "mrs", "ms", "st", "no", "vol",
    "fig", "approx", "dept", "ext", "tel", "ref", "pt", "hx", "dx", "rx", "tx", "sx", "fx", "etc", "vs", "min",
    "max", "hr", "hrs", "wk", "wks", "mo", "yr", "yrs", "lt", "rt", "sig", "gm", "mg", "ml", "www",
})


def _dotted_account_name(value: str) -> bool:
    parts = value.rstrip("_").lower().split(".")
    return (
        (value.islower() or any(c.isdigit() for c in value))
        and _not_a_file(value)
        and len(value) >= 6
        and sum(c.isalpha() for c in value) >= 5
        and parts[0] not in _ABBREVIATION_HEADS
        and not any(p in _DOMAIN_PARTS for p in parts[1:])
        and not _words_missing_a_space(parts)
    )


def _words_missing_a_space(parts: list[str]) -> bool:
    """"Felt ignored.by staff": English words with a full stop and no space are a typing slip."""
    from assistant.redact.given_names import is_english_word

    return all(p.isalpha() and is_english_word(p) for p in parts)


#: session 16 — an address read aloud into speech-to-text: "amal dot alsaidi 91 at gmail dot com",
#: "saw underscore lucky 07", "at el underscore guero underscore 831" (at = @). A part is a word or
#: a number; an e-mail ends in "at <domain> dot <tld>"; a handle needs "underscore", or "dot" with
#: a number after it, so "connect the dots" and "at home dot" are nothing; a handle followed by
#: "at <domain> dot" is an e-mail's local part, read whole by _SPOKEN_EMAIL.
_SPOKEN_PART = r"[a-z0-9]+"
_SPOKEN_JOIN = r"[^\S\n]+(?:dot|underscore|dash|hyphen)[^\S\n]+"
_SPOKEN_EMAIL = re.compile(
    rf"(?i)(?<![A-Za-z0-9]){_SPOKEN_PART}(?:{_SPOKEN_JOIN}{_SPOKEN_PART}|[^\S\n]+\d{{1,4}}(?![A-Za-z0-9]))*"
    rf"[^\S\n]+at[^\S\n]+[a-z0-9\-]+(?:[^\S\n]+dot[^\S\n]+[a-z]{{2,10}}){{1,3}}(?![A-Za-z0-9])"
)
_SPOKEN_HANDLE = re.compile(
    rf"(?i)(?<![A-Za-z0-9])(?:at[^\S\n]+)?{_SPOKEN_PART}"
    rf"(?:(?:[^\S\n]+underscore[^\S\n]+{_SPOKEN_PART})+(?:(?:{_SPOKEN_JOIN}){_SPOKEN_PART})*(?:[^\S\n]+\d{{1,4}})?"
    rf"|(?:[^\S\n]+dot[^\S\n]+[a-z]+)+[^\S\n]+\d{{1,4}})(?![A-Za-z0-9])"
    rf"(?![^\S\n]+at[^\S\n]+[a-z0-9\-]+[^\S\n]+dot[^\S\n])"
)



#: session 22 — a price in the quoted words (Facebook "รับเปิดบัญชี ได้บัญชีละ 2,000 บาท"): what
#: a post or an advert says, not the name of an account.
_PRICE = re.compile(r"\d[\d,.]*[^\S\n]*(?:บาท|baht|฿)|฿[^\S\n]*\d|(?<![A-Za-z])(?:THB|USD)[^\S\n]*\d", re.IGNORECASE)


def _no_price(value: str) -> bool:
    return _PRICE.search(value) is None


#: session 28 (set 92) — a chat group or page by its name: quoted after group/chat/page (a WhatsApp
#: group "NU8 Neighbourhood Watch", a group chat "Dandy Afghan Boyz"), unquoted after a platform's
#: group or page (a Facebook group Gulu City Updates 24/7), in a chat export's header ([WhatsApp -
#: Probation Langas]). A name holds a capital or a digit: a quoted phrase in lower case is speech.
_GROUP_WORD = r"(?:group[^\S\n]+chat|group|chat|page|server|channel|community)"
_QUOTED_GROUP = re.compile(
    rf"(?i:(?<![A-Za-z]){_GROUP_WORD}(?:[^\S\n]+(?:called|named))?)[^\S\n]*[:：]?[^\S\n]*"
    r"[\"“](?P<v>(?=[^\"”\n]*[A-Z0-9])[A-Za-z0-9\u0E01-\u0E4E][^\"”\n]{1,39}?)[\"”]"
)
#: (session 29, set 95: a joining word or sign between the name's words — Congolese of Central Iowa,
#: Surrey Rooms + Jobs 2024, Mamás de Gulfton 🇬🇹 — and a flag or emoji after it; after "group
#: chat" or a group "called" too, and, after a first word in capitals or digits, the lower-case
#: words a gamer's group takes: WFD gyalz, 4810 squad.)
_NAME_WORD = r"[A-Z0-9][\w'’&/\-]*"
#: (session 30: and a place or a people joined by in/en/do/dos — Fasher Families in Cairo,
#: Salvadoreños en Houston)
_NAME_JOIN = r"(?:[^\S\n]+(?:of|and|de|da|del|la|for|the|in|en|do|dos|das|[&+x])[^\S\n]+|[^\S\n])"
_GROUP_EMOJI = r"(?:[^\S\n]?[\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF\u2600-\u27BF]+)?"
_LOWER_TAIL = (
    r"(?:[^\S\n](?!(?:where|which|that|and|to|for|with|on|in|is|was|who|he|she|they|we|but|so|because|"
    r"after|before|since|until|when|then|the|a|an|at|from|by|of|about|as|or|if)(?![\w'’\-]))[a-z][\w'’\-]*){1,2}"
)
_PLATFORM_GROUP = re.compile(
    r"(?<![A-Za-z])(?:(?:Facebook|FB|WhatsApp|Whatsapp|Telegram|LINE|Viber|Signal|Messenger|Discord|WeChat|YouTube|Youtube)"
    r"[^\S\n]+(?:group|page|channel|server|community)|group[^\S\n]+chat|(?:group|page|channel|chat)(?=[^\S\n]+(?:called|named)))"
    # (session 30: the name may follow a comma — a Facebook group, CP Parents Ulaanbaatar, with …)
    r"(?:[^\S\n]+(?:called|named)|,)?[^\S\n]+"
    rf"(?P<v>(?:(?:[A-Z]{{2,}}|\d{{2,}}){_LOWER_TAIL}|{_NAME_WORD}(?:{_NAME_JOIN}{_NAME_WORD}){{1,5}}){_GROUP_EMOJI})"
)
_CHAT_HEADER = re.compile(
    r"\[(?:WhatsApp|Whatsapp|LINE|Line|Telegram|Messenger|Signal|Viber)[^\S\n]*[-–:][^\S\n]*"
    r"(?P<v>[A-Z\u0E01-\u0E4E][^\]\n]{1,39}?)[^\S\n]*\]"
)
#: session 28 — a Cash App $cashtag ($lilmarcoo773): a dollar sign glued to a made-up name, not an
#: amount or a currency's code ($20, $USD).
#: Not a JSON schema's keyword ("$defs", $ref) or anything else quoted or in a path.
_CASHTAG = re.compile(
    r"(?<![\w$\"'/#])\$(?!(?:defs|ref|schema|id|comment|anchor|vocabulary)(?![\w\-]))"
    r"(?=[A-Za-z0-9_\-]*[a-z0-9])[A-Za-z][A-Za-z0-9_\-]{2,19}(?![\w$])"
)

def _group_name(value: str) -> bool:
    """Words written as a name's are, no price, and not one everyday word (the page "Home")."""
    from assistant.redact.given_names import is_english_word

    words = value.split()
    titled = all(
        not w[0].isalpha() or w[0].isupper() or "\u0e01" <= w[0] <= "\u0e4e" or w in _GROUP_JOINERS for w in words
    )  # every word as a name writes it: the group "if Dad lets me" is speech
    return titled and _no_price(value) and not (len(words) == 1 and is_english_word(value.strip().lower()))


_GROUP_JOINERS = frozenset({"of", "and", "the", "&", "for", "in", "de", "da", "ng", "sa", "x"})

#: session 37 (set 121) — a Facebook page or a LINE group by its Thai name. In quotes after the page
#: or group word, a Thai word or two may stand between (กลุ่ม LINE หมู่บ้าน "ชาวหนองกระทุ่มรวมใจ",
#: ไลน์กลุ่มครอบครัว "ลูกหลานพ่อเคน ❤️", LINE group "แม่ท้องแรงงานทับสะแก"); a bare กลุ่ม is any group
#: (กลุ่ม "เสี่ยงสูง", a risk group), so a platform word must come with it; what someone wrote or said
#: in the group (ในกลุ่มไลน์ห้องว่า "…", a quote opening with หนู or ผม) is speech, not its name.
_TH_GROUP_CUE = (
    # (session 42: a group chat, กลุ่มแชท "หนุ่มกะดึก ฉีดพลาสติก 🔥")
    r"(?:เพจ|กลุ่ม[^\S\n]?(?:ไลน์|LINE|Line|เฟซบุ๊ก|เฟซบุ๊ค|เฟสบุ๊ค|เฟซ|เฟส|FB|Facebook|แชท)|ไลน์กลุ่ม|แชทกลุ่ม|"
    r"(?<![A-Za-z])(?:LINE|Line|FB|Facebook|WhatsApp)[^\S\n]+(?:group|page|Group|Page))"
)
_TH_QUOTED_GROUP = re.compile(
    _TH_GROUP_CUE + r"[^\S\n]?(?:(?!ว่า)[\u0E01-\u0E4E]){0,12}[^\S\n]?[\"“](?P<v>(?=[^\"”\n]*[\u0E01-\u0E4E])[^\"”\n]{2,40}?)[\"”]"
)
#: Unquoted after เพจ and a space (โพสต์ในเพจ คนพระสมุทรเจดีย์ หลายครั้ง): the page's name runs over up to
#: three Thai words and stops before one that starts the clause again (ด้วย, หลาย…, ครั้ง…); the
#: first word is the name's whatever it is (คน… opens many: คนวังน้อยรู้ทัน).
#: Thai words that open a clause or go on with one (function words, a few verbs of having and
#: going): no account's or page's name starts with one. Read whole by the rules that reuse it
#: (boundaries._MESSAGE_OPENER adds the verbs a message on the app opens with).
TH_CLAUSE_WORDS = (
    "ด้วย", "ทั้ง", "หลาย", "ครั้ง", "หนู", "ที่", "แล้ว", "และ", "ก็", "แต่", "เพราะ", "ว่า", "มี", "เป็น", "ให้", "ไป",
    "มา", "โดย", "ซึ่ง", "จึง", "เลย", "อีก", "ทุก", "บ่อย", "เมื่อ", "ตอน", "จน", "กับ", "ของ", "เขา", "เธอ",
)
#: (a page's name may not open a word with a kin or person word either: คน…, แม่…, พ่อ…)
_CLAUSE_AGAIN = "(?:" + "|".join((*TH_CLAUSE_WORDS, "คน", "แม่", "พ่อ")) + ")"
#: Session 41 (sets 84, 107, 126): a Facebook group the same way (ในกลุ่มเฟซบุ๊ก คนถลางบ้านเรา, กลุ่ม FB
#: …) and a page after its platform (เพจ FB …). Not a LINE group: its name is most often what it is (กลุ่มไลน์ ผู้ปกครอง).
_FACEBOOK_THAI_SPELLINGS = r"เฟซบุ๊ก|เฟซบุ๊ค|เฟสบุ๊ค|เฟซ|เฟส"
_FACEBOOK_TH = rf"(?:เฟสบุ๊ก|{_FACEBOOK_THAI_SPELLINGS}|FB|Facebook)"  # (longest spelling first)
_TH_BARE_PAGE = re.compile(
    rf"(?:เพจ(?:[^\S\n]?{_FACEBOOK_TH})?|กลุ่ม[^\S\n]?{_FACEBOOK_TH}|(?<![A-Za-z])(?:FB|Facebook)[^\S\n]+(?:page|group))[^\S\n]+"
    rf"(?P<v>[\u0E01-\u0E4E]{{3,}}(?:[^\S\n](?!{_CLAUSE_AGAIN})[\u0E01-\u0E4E]{{2,}}){{0,2}})"
)


#: session 41 (sets 74, 82, 84, 87, 131) — a Facebook account's display name after the account word
#: and a space, unquoted: a name and a descriptor (ทางเฟซ วิภา แม่ลูกสาม, ชื่อบัญชี ฟองจันทร์ ไทลื้อปัว).
_TH_ACCOUNT_WORD = (
    # (session 42: an online shop's or page's name word, ชื่อร้าน เพ็ญศรีขายดี, ชื่อเพจ ปลาร้าแม่ละเอียด)
    rf"(?:ชื่อบัญชี|ชื่อ(?:ใน)?(?:{_FACEBOOK_THAI_SPELLINGS})|ชื่อร้าน|ชื่อเพจ|โดยบัญชี|บัญชี(?:เฟซบุ๊ก|เฟซ|เฟส)|"
    rf"(?:ทาง|ใช้)(?:{_FACEBOOK_THAI_SPELLINGS}))[^\S\n]+"
)
#: Words no display name opens with: the clause words, and a purpose, a part, a time, a belonging.
_NOT_A_NAME_WORD = rf"{_CLAUSE_AGAIN}|กับ|เพื่อ|ส่วน|ตอน|ประจำ|ส่วนตัว"
_TH_WORD_NOT_CLAUSE = rf"(?!{_NOT_A_NAME_WORD})[\u0E01-\u0E4E]{{2,20}}"
#: (a descriptor may open with a kin word: วิภา แม่ลูกสาม "mother of three")
_TH_DESCRIPTOR = r"(?=แม่|พ่อ)[\u0E01-\u0E4E]{2,20}|" + _TH_WORD_NOT_CLAUSE
#: (session 42: the name's first word is checked whole in _thai_account_name, so มาลัยขายดี, which
#: merely opens with มา, is a name; the descriptor keeps the letter check)
_TH_ACCOUNT_ONE = re.compile(
    rf"{_TH_ACCOUNT_WORD}(?P<v>[\u0E01-\u0E4E]{{2,20}})(?=[^\S\n]|[\n,;:()\"”]|$)"
)
_TH_ACCOUNT_TWO = re.compile(
    rf"{_TH_ACCOUNT_WORD}(?P<v>[\u0E01-\u0E4E]{{2,20}}[^\S\n](?:{_TH_DESCRIPTOR}))(?=[^\S\n]|[\n,;:()\"”]|$)"
)
_CLAUSE_WORD = re.compile(_NOT_A_NAME_WORD)


def _thai_account_name(value: str) -> bool:
    """The display name's first word is a page name's (no function word or action verb first, not
    one everyday word alone: ทางเฟซ ทุกวัน, ใช้เฟซ ของแม่ are no names); its descriptor, if any,
    opens with no function word or action verb (ใจดี, แม่ลูกสาม describe; ให้ไป goes on)."""
    from assistant.redact.thai_lexicon import get_thai_lexicon, orchid_tags

    first, *rest = value.split()
    th = get_thai_lexicon()
    if _CLAUSE_WORD.fullmatch(next(t for t in th.tokenize(first) if t.strip())):
        return False  # ทางเฟซ ไปทุกวัน: a clause goes on after the account word
    if first not in th.given_names and not _thai_page_name(first):
        return False
    for part in rest:
        head = next(t for t in th.tokenize(part) if t.strip())
        if head in th.stopwords or orchid_tags().get(head) == "VACT":
            return False
    return True


_SPEAKER_WORDS = frozenset({"หนู", "ผม", "ฉัน", "กู", "เรา", "มึง", "เค้า", "เขา", "ดิฉัน", "พี่"})


def _thai_group_name(value: str) -> bool:
    """A quoted group name, not a quoted line someone wrote in the group ("หนูไม่อยากมาโรงเรียน …")."""
    from assistant.redact.thai_lexicon import get_thai_lexicon

    th = get_thai_lexicon()
    first = next((t for t in th.tokenize(value) if t.strip()), "")
    return _no_price(value) and first not in _SPEAKER_WORDS  # (not stopwords: ชาว… opens group names)


def _thai_page_name(value: str) -> bool:
    """A page's own name, not a remark about pages (เพจ ของโรงเรียน) nor a kind of page (ดูเพจ
    ขายของออนไลน์): its first word is no function word and no action verb (ORCHID's VACT) — names
    open with a noun, a people or a place (คนพิงพวยรักกัน, ข่าวสูงเม่นทันใจ, ภูหลวงบ้านเฮา)."""
    from assistant.redact.thai_lexicon import get_thai_lexicon, orchid_tags

    th = get_thai_lexicon()
    tags = orchid_tags()
    first = next(t for t in th.tokenize(value) if t.strip())
    verb_first = tags.get(first) == "VACT" or any(  # ขายของ: a compound opening with a verb
        tags.get(first[:k]) == "VACT" and first[k:] in th.words for k in range(2, len(first) - 1)
    )
    return first not in th.stopwords and not verb_first and value not in th.words


_RULES = (
    Rule(ONLINE_ID, _QUOTED_GROUP, 0.8, group="v", validate=_group_name),
    Rule(ONLINE_ID, _PLATFORM_GROUP, 0.75, group="v"),
    Rule(ONLINE_ID, _TH_QUOTED_GROUP, 0.8, group="v", validate=_thai_group_name),
    Rule(ONLINE_ID, _TH_BARE_PAGE, 0.7, group="v", validate=_thai_page_name),
    Rule(ONLINE_ID, _TH_ACCOUNT_TWO, 0.7, group="v", validate=_thai_account_name),
    Rule(ONLINE_ID, _TH_ACCOUNT_ONE, 0.65, group="v", validate=_thai_account_name),
    Rule(ONLINE_ID, _CHAT_HEADER, 0.75, group="v"),
    Rule(ONLINE_ID, _CASHTAG, 0.8),
    Rule(EMAIL, _EMAIL_ANY_TLD, 0.9),
    Rule(EMAIL, _SPOKEN_EMAIL, 0.85),
    Rule(ONLINE_ID, _SPOKEN_HANDLE, 0.8),
    Rule(ONLINE_ID, _MIXED_UNDERSCORE, 0.75),
    Rule(ONLINE_ID, _RIOT_TAG, 0.8),
    Rule(ONLINE_ID, _CHAT_SPEAKER, 0.75, group="v"),
    Rule(ONLINE_ID, _CUED_LOWER_HANDLE, 0.75, group="v", validate=_not_a_file),
    Rule(ONLINE_ID, _CAMEL_HANDLE, 0.8, group="v"),
    Rule(ONLINE_ID, _CAPS_UNDERSCORE, 0.8, group="v"),
    Rule(ONLINE_ID, _BARE_HANDLE, 0.7, validate=_handle_like_unfiled),
    Rule(ONLINE_ID, _DISCORD_TAG, 0.8),
    Rule(ONLINE_ID, _SNAKE_HANDLE, 0.7, group="v", validate=_made_up_unfiled_word),
    Rule(ONLINE_ID, _DOTTED_HANDLE, 0.7, validate=_dotted_account_name),
    Rule(ONLINE_ID, _AFTER_ACCOUNT_WORD, 0.7, group="v", validate=_not_english),
    Rule(ONLINE_ID, _LEET, 0.7),
    Rule(ONLINE_ID, _NAMED_ON_PLATFORM, 0.8, group="v"),
    Rule(ONLINE_ID, _AS_ON_PLATFORM, 0.8, group="v"),
    Rule(ONLINE_ID, _IS_ON_PLATFORM, 0.8, group="v", validate=_not_an_english_word),
    Rule(ONLINE_ID, _GROUP_CHAT_LABEL, 0.75, group="v"),
    # session 25 — "uses the name xVoidKnightx", "goes by the name Dre_99": a made-up name (a capital
    # inside after a lower-case letter, a digit or an underscore); "uses the name Sarah" is a person's
    Rule(ONLINE_ID, re.compile(
        # (session 33: or what someone calls themself there — "on Discord, where he calls himself coolbro7777")
        r"(?i:(?<![A-Za-z])(?:(?:uses|using|used|goes[^\S\n]+by|went[^\S\n]+by)[^\S\n]+the[^\S\n]+name|"
        r"call(?:s|ed|ing)?[^\S\n]+(?:him|her|them|my|your|our)sel(?:f|ves)))[^\S\n]+"
        r"(?P<v>(?=[A-Za-z0-9_.]*(?:[a-z][A-Z]|\d|_))[A-Za-z0-9_][A-Za-z0-9_.]{2,30}(?<!\.))(?![\w@])"
    ), 0.8, group="v"),
    Rule(ONLINE_ID, re.compile(r"(?<![\w/])u/[A-Za-z0-9_\-]{3,20}(?![\w/])"), 0.8),  # Reddit u/name
    # (session 19) glued after Thai (ชื่อ@jeng_kui, คือ@fernnie.ck): the change of script is the space
    Rule(ONLINE_ID, re.compile(r"(?<![A-Za-z0-9_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_])?"), 0.9),
    Rule(ONLINE_ID, re.compile(
        rf"(?<![A-Za-z]){_PLATFORM}{_ID}{_OWNER}[^\S\n]*[:：][^\S\n]{{0,3}}(?P<v>{_HANDLE})(?![\w@])"
    ), 0.9, group="v", validate=_not_hotline_or_scale),
    Rule(ONLINE_ID, re.compile(
        rf"(?<![A-Za-z]){_PLATFORM}{_ID}[^\S\n]+(?P<v>{_MARKED_HANDLE}(?:#\d{{4}})?)(?![\w@#])"
    ), 0.8, group="v", validate=_not_hotline),
    # session 16 — a Thai platform word glued to a made-up Latin handle in a run-on note
    # (ไลน์orathai.klong, ไอจีnong_mint99): the change of script is the space
    Rule(ONLINE_ID, re.compile(
        rf"(?:ไลน์|เฟซบุ๊ก|เฟซบุ๊ค|เฟสบุ๊ค|เฟส|ไอจี|ติ๊กต็อก)(?:ไอดี)?(?P<v>@?{_MARKED_HANDLE})(?![A-Za-z0-9_@#])"
    ), 0.8, group="v", validate=_not_hotline),
    # session 19 — a platform's ID then คือ ("is") glued in a run-on note: WeChat IDคือwxid_tar0917
    Rule(ONLINE_ID, re.compile(
        rf"(?<![A-Za-z]){_PLATFORM}{_ID}[^\S\n]*(?:คือ|ชื่อ)[^\S\n]*(?P<v>@?{_MARKED_HANDLE})(?![A-Za-z0-9_@#])"
    ), 0.8, group="v", validate=_not_hotline),
    # session 19 — a LINE ID glued to ไลน์ with no mark in it (ทางไลน์tonboonruang): a word no English
    # dictionary knows, in lower case (ไลน์group, ไลน์official stay)
    Rule(ONLINE_ID, re.compile(
        r"(?:ไลน์|ไอดีไลน์)(?:ไอดี|[^\S\n]?(?:ID|id)[^\S\n]?)?[^\S\n]?(?P<v>[a-z][a-z0-9]{4,29})(?![A-Za-z0-9_@#.])"
    ), 0.75, group="v", validate=_not_english),
    # round 16 — a handle in brackets right after the platform: on LINE (ploy.chompoo), IG (@x)
    Rule(ONLINE_ID, re.compile(
        rf"(?<![A-Za-z]){_PLATFORM}{_ID}[^\S\n]*\([^\S\n]*(?P<v>@?{_MARKED_HANDLE})[^\S\n]*\)"
    ), 0.85, group="v", validate=_not_hotline),
    Rule(ONLINE_ID, re.compile(
        rf"(?<![A-Za-z])(?:FB|Facebook|facebook|fb|เฟซบุ๊ก|เฟซบุ๊ค|เฟสบุ๊ค|เฟส){_OWNER}[^\S\n]*[:：][^\S\n]{{0,3}}(?P<v>{_DISPLAY})"
    ), 0.85, group="v"),
    # a display name in quotes right after the platform: her FB "Kham Noung 1995", IG “Mint Mint”;
    # session 7: with whose account it is between (FB พ่อเลี้ยง "…", เฟซบุ๊กสามี "…") — a kin word only,
    # so a quoted post (FB โพสต์ว่า "…") stays what it is
    Rule(ONLINE_ID, re.compile(
        rf"(?<![A-Za-z]){_QUOTED_PLATFORM}(?:[^\S\n]*(?:ของ)?{_KIN_OWNER})?"
        # (session 42: a channel or a server, and "is" between — her Facebook is "…", channel "…")
        rf"(?:[^\S\n]+(?:name|account|page|profile|channel|server)(?:[^\S\n]+is)?|[^\S\n]+is"
        rf"|[^\S\n]*(?:มา)?(?:ใช้)?ชื่อ(?:ว่า)?)?[^\S\n]*[:：]?[^\S\n]*"
        r"[\"“](?P<v>[A-Za-z0-9\u0E01-\u0E4E][^\"”\n¤]{1,39}?)[\"”]"
    ), 0.85, group="v", validate=_no_price),
    # session 25 — a display name in brackets right after the platform (โพสต์เฟซบุ๊ก (อภิชาติ คนเดิม
    # สุรินทร์), FB (Mali Rose)): the bracket names the account
    Rule(ONLINE_ID, re.compile(
        rf"(?<![A-Za-z]){_BRACKET_PLATFORM}[^\S\n]*\((?P<v>(?!ไม่)[A-Za-z\u0E01-\u0E4E][^()\n@]{{1,39}}?)\)"
    ), 0.8, group="v", validate=_account_name),
    # session 25 — letters from decorative blocks (small capitals, ornaments, mathematical letters:
    # ꧁PrawaZ꧂, ꜱᴋʏ.ᴋɪɴɢ) are typed only into game and profile names
    Rule(ONLINE_ID, _FANCY_HANDLE, 0.8),
    Rule(ONLINE_ID, re.compile(
        # round 18 — and a player's name in a game: ชื่อในเกม, ไอดีเกม, in-game name, IGN
        r"(?i:(?<![A-Za-z])(?:user ?name|handle|gamer ?tag|screen ?name|account name|ชื่อบัญชี|ยูสเซอร์|"
        r"ชื่อในเกม|ชื่อเกม|ไอดีเกม|ไอดีในเกม|(?:in-?game[^\S\n]name|IGN)(?![A-Za-z]))"
        # (session 42: the game may be named first, then "is" — ชื่อในเกม ROV คือ PrinceTong99)
        rf"\s*(?:{_GAME_NAMES}\s*)?(?:is\s+|คือ\s*)?[:：]?\s*)"
        r"(?P<v>@?(?=[A-Za-z0-9_.\-]*[\d._A-Z])[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_])?)"
    ), 0.85, group="v"),
    Rule(ONLINE_ID, re.compile(
        # session 15 — any common platform's profile, and the sentence's full stop left out
        r"(?i)(?:https?://)?(?:www\.|m\.)?(?:(?:facebook|fb|instagram|tiktok|twitter|x|line|youtube|github)\.(?:com|me)"
        r"|linkedin\.com/in|twitch\.tv|kick\.com|t\.me|reddit\.com/u(?:ser)?|threads\.net|snapchat\.com/add"
        r"|onlyfans\.com|patreon\.com|soundcloud\.com|pinterest\.com|vk\.com|weibo\.com|bsky\.app/profile"
        r"|medium\.com|discord\.com/users)/[^\s,;()]*[^\s,;().!?:]"
    ), 0.9),
)


class OnlineIdRecognizer(RegexRecognizer):
    """Handles and social-media account names (ONLINE_ID)."""

    def __init__(self) -> None:
        super().__init__("OnlineIdRecognizer", _RULES)


gate_patterns(globals())  # same matches, fewer positions tried (see regex_gate)
