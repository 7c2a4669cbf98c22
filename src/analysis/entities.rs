//! Names: people, organisations, places, products and events.
//!
//! Evidence comes from three places, strongest first: the user's dictionary,
//! the built-in gazetteer, and context rules (a title before a name, `said`
//! after one, a company suffix, a trade word before one (`drugmaker`), a
//! stock code after one, a version number, a known brand before a model, a
//! transliterated name or a surname and given name before a speech verb, a
//! name listed between known ones). A capitalised word with no such evidence
//! is left alone:
//! guessing would flood English text with false names. Everything here works
//! on byte offsets into the analysed text and looks at a bounded window around
//! each cue, so the cost stays linear in the text length. The patterns for
//! Latin names only ever match Latin text holding a capital, and the dotted
//! name pattern only Han text holding a dot, so they search just those
//! [`Regions`](super::script::Regions): Chinese text is not scanned for
//! English names, nor English text for Chinese ones.

use super::common_words::starts_with_common_word;
use super::gazetteer::{self, is_word_char, Hit, Terms};
use super::script::{is_han, is_name_dot, three_byte_code};
use super::{
    find_around, find_in, find_led_by_literals, Candidate, Config, Context, Label,
    LITERALS_SKIP_FAST,
};
use aho_corasick::AhoCorasick;
use regex::Regex;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// User terms beat everything of the same length.
const USER_PRIORITY: u8 = 90;
/// Gazetteer hits beat rule guesses (and numbers) of the same length.
const GAZETTEER_PRIORITY: u8 = 70;

/// Finds names in `ctx.text` and appends them to `out`.
pub(crate) fn detect(ctx: &Context, config: &Config, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    let first = out.len();
    let known = gazetteer::find(text);
    for hit in &known {
        if let Some(label) = hit.label {
            if !is_office_title(text, hit, label)
                && !is_time_zone(text, hit, label)
                && !is_ticker(text, hit)
            {
                out.push(with_priority(hit.range.clone(), label, GAZETTEER_PRIORITY));
            }
        }
    }
    user_terms(text, config, out);
    let rules_from = out.len();
    let han = HanCues::find(ctx);
    let speech = han.speech;
    titled_people(ctx, han.titles, out);
    chinese_speakers(text, &speech, &known, out);
    latin_people(ctx, out);
    quoted_speakers(ctx, out);
    datelines(text, out);
    latin_orgs(ctx, out);
    orgs_after_cues(ctx, out);
    listed_companies(ctx, &known, out);
    versioned_products(ctx, &known, out);
    airliners(ctx, out);
    brand_models(text, &known, out);
    product_appositions(text, han.product_heads, out);
    chinese_orgs(text, han.org_suffixes, han.org_heads, &known, out);
    orgs_listed_with_orgs(text, &known, out);
    branches(text, &known, out);
    chinese_events(text, han.events, &known, out);
    english_events(ctx, out);
    transliterated_people(ctx, &speech, out);
    gpe_abbreviations(text, han.pairs, han.after_verbs, han.frames, out);
    places_in_country(text, &known, out);
    places_before_places(text, &known, out);
    place_institutions(text, &known, out);
    agencies_of_places(text, &known, out);
    parenthesised_aliases(text, first, out);
    repeated_names(text, rules_from, out);
}

/// `商務部長`, `金管局總裁`: a department before the head's title is part of
/// the title, not an organisation standing on its own.
fn is_office_title(text: &str, hit: &Hit, label: Label) -> bool {
    label == Label::Org
        && text[..hit.range.end].ends_with(['部', '局', '署'])
        && text[hit.range.end..].starts_with(['長', '长'])
}

/// `澳門時間`, `Copenhagen time`: a place that names a time zone is no GPE
/// there (the gazetteer blocks the frequent ones; this catches the rest).
fn is_time_zone(text: &str, hit: &Hit, label: Label) -> bool {
    let rest = &text[hit.range.end..];
    label == Label::Gpe
        && (rest.starts_with("時間")
            || rest.starts_with("时间")
            || rest
                .strip_prefix(" time")
                .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric() || c == '-')))
}

/// `TCS (TCS.NS)`: a name inside the brackets of a stock code with its
/// market is the code, not a mention of the company.
fn is_ticker(text: &str, hit: &Hit) -> bool {
    // The byte after the name first: it rules out nearly every hit at once.
    matches!(text.as_bytes().get(hit.range.end), Some(b'.' | b':'))
        && text[..hit.range.start].ends_with(['(', '（'])
        && stock_code_len(&text[hit.range.start..]).is_some()
}

fn with_priority(range: Range<usize>, label: Label, priority: u8) -> Candidate {
    let mut c = Candidate::new(range, label);
    c.priority = priority;
    c
}

/// Every occurrence of every user term, on the gazetteer's boundary rules.
fn user_terms(text: &str, config: &Config, out: &mut Vec<Candidate>) {
    if config.user_terms.is_empty() {
        return;
    }
    let terms = Terms::new(config.user_terms.iter().map(|(t, l)| (t.trim(), Some(*l))));
    for hit in terms.find(text) {
        if let Some(label) = hit.label {
            out.push(with_priority(hit.range, label, USER_PRIORITY));
        }
    }
}

// ---------------------------------------------------------------------------
// Masked regions

static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
        .expect("URL pattern is valid")
});
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
        .expect("e-mail pattern is valid")
});

/// Byte ranges of URLs (`https://…`, `www.…`) and e-mail addresses, sorted.
pub(crate) fn find_masked(text: &str) -> Vec<Range<usize>> {
    let mut masked = Vec::new();
    for m in URL.find_iter(text) {
        if text[..m.start()]
            .chars()
            .next_back()
            .is_some_and(is_word_char)
        {
            continue;
        }
        let end = m.start() + trim_url_end(m.as_str());
        if end > m.start() {
            masked.push(m.start()..end);
        }
    }
    for m in EMAIL.find_iter(text) {
        let s = m.as_str();
        let end = m.start() + s.trim_end_matches(['.', '-']).len();
        masked.push(m.start()..end);
    }
    masked.sort_by_key(|r| r.start);
    masked
}

/// Drops sentence punctuation glued to a URL's end (`…/post.html.`) and a
/// closing bracket that the URL did not open.
fn trim_url_end(url: &str) -> usize {
    let mut end = url.len();
    loop {
        let s = &url[..end];
        let Some(last) = s.chars().next_back() else {
            return 0;
        };
        let unbalanced = |open: char, close: char| {
            last == close && s.matches(open).count() < s.matches(close).count()
        };
        if ".,;:!?'*".contains(last) || unbalanced('(', ')') || unbalanced('[', ']') {
            end -= 1;
        } else {
            return end;
        }
    }
}

// ---------------------------------------------------------------------------
// Word lists

/// Titles that mark the next name as a person; the title stays outside.
#[rustfmt::skip]
pub(crate) const TITLES: &[&str] = &[
    "CEO", "CFO", "CTO", "COO", "CIO", "President", "president", "Vice President", "Chairman",
    "chairman", "Chairwoman", "chairwoman", "Chair", "Founder", "founder", "Co-founder",
    "co-founder", "Cofounder", "cofounder", "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Professor",
    "professor", "Senator", "Sen.", "Rep.", "Secretary", "Minister", "Prime Minister", "Governor",
    "Gov.", "Mayor", "Chancellor", "Premier", "Judge", "Justice", "Sir", "Dame", "King", "Queen",
    "Pope", "Prince", "Princess", "Chief Executive", "chief executive", "Chief Executive Officer",
    "spokesperson", "spokesman", "spokeswoman", "analyst", "economist", "director", "Director",
    "executive", "engineer", "researcher", "scientist", "執行長", "执行长", "首席執行官", "首席执行官", "行政總裁",
    "行政总裁", "首席運營官", "首席运营官", "營運長", "营运长", "首席財務官", "首席财务官", "財務長", "财务长", "首席技術官", "首席技术官", "技術長",
    "技术长", "首席科學家", "首席科学家", "總裁", "总裁", "董事長", "董事长", "創始人", "创始人", "創辦人", "创办人", "聯合創始人", "联合创始人",
    "總經理", "总经理", "主席", "總統", "总统", "部長", "部长", "發言人", "发言人", "行長", "行长", "總理", "总理", "首相", "議員",
    "议员", "州長", "州长", "市長", "市长", "院長", "院长", "局長", "局长", "總監", "总监", "教授", "分析師", "分析师", "經濟學家",
    "经济学家", "研究員", "研究员", "負責人", "负责人", "總編輯", "总编辑", "大使", "國務卿", "国务卿",
    "officer", "Officer", "司長", "司长", "署長", "署长", "處長", "处长", "主委", "主管", "秘書長", "秘书长",
    "策略長", "策略长", "主任", "董事", "理事長", "理事长", "會長", "会长", "社長", "社长", "校長", "校长",
    "廳長", "厅长", "省長", "省长", "縣長", "县长", "外長", "外长", "財長", "财长", "委員", "委员", "合夥人",
    "合伙人", "掌門人", "掌门人", "Chief executive", "協理", "协理", "顧問", "顾问", "經理", "经理",
];

/// Capitalised words that start sentences or name groups, never a name alone.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "When", "While", "As", "For",
    "With", "From", "By", "To", "Of", "It", "Its", "This", "That", "These", "Those", "He", "She",
    "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "What",
    "Who", "Why", "How", "Where", "Which", "After", "Before", "Since", "Although", "Though",
    "However", "Meanwhile", "Also", "Yet", "So", "Then", "Now", "Today", "Yesterday", "Tomorrow",
    "Last", "Next", "According", "Under", "Over", "Despite", "During", "Many", "Some", "Most",
    "All", "Both", "Each", "Every", "No", "Not", "One", "Other", "Others", "Such", "Earlier",
    "Later", "Still", "Even", "Just", "Only", "Instead", "Asked", "Analysts", "Officials",
    "Investors", "Experts", "Critics", "Sources", "Researchers", "Executives", "People",
    "Employees", "Authorities", "Police", "Regulators", "Lawmakers", "Economists", "Observers",
    "Residents", "Users", "Customers", "Scientists", "Reports", "Company", "Companies",
    "Government", "Officials", "Spokesperson", "Spokesman", "January", "February", "March", "April",
    "May", "June", "July", "August", "September", "October", "November", "December", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Chief", "Executive",
    "Officer", "President", "Chairman", "Minister", "Secretary", "Director", "Founder", "Senator",
    "Governor", "Mr", "Ms", "Mrs", "Dr", "Cat", "Dog",
];

/// [`NOT_NAMES`] as a set: it is asked about every capitalised word that
/// might start or continue a name, and a scan of the list cost more than the
/// rest of the check.
static NOT_NAME_SET: LazyLock<HashSet<&str>> =
    LazyLock::new(|| NOT_NAMES.iter().copied().collect());

/// True for a word of [`NOT_NAMES`].
fn is_not_name(word: &str) -> bool {
    NOT_NAME_SET.contains(word)
}

/// Frequent given names: `Given Surname` is a person with no other cue.
#[rustfmt::skip]
pub(crate) const GIVEN_NAMES: &[&str] = &[
    "Aaron", "Adam", "Alan", "Albert", "Alex", "Alexander", "Alice", "Amanda", "Amy", "Andrea",
    "Andrew", "Andy", "Angela", "Ann", "Anna", "Anthony", "Antony", "Arthur", "Ashley", "Barbara",
    "Ben", "Benjamin", "Bill", "Bob", "Brad", "Bradley", "Brian", "Bruce", "Carl", "Carlos",
    "Carol", "Catherine", "Cathie", "Charles", "Charlotte", "Chris", "Christine", "Christopher",
    "Chuck", "Dan", "Daniel", "Dario", "David", "Demis", "Diana", "Donald", "Douglas", "Ed",
    "Edward", "Elizabeth", "Elon", "Emily", "Emma", "Emmanuel", "Eric", "Frank", "Gary", "George",
    "Gina", "Greg", "Gregory", "Hannah", "Hans", "Helen", "Henry", "Jack", "Jacob", "James",
    "Jamie", "Jane", "Janet", "Jason", "Jeff", "Jeffrey", "Jennifer", "Jensen", "Jeremy", "Jerome",
    "Jessica", "Jim", "Joe", "John", "Jonathan", "Joseph", "Joshua", "Julia", "Julie", "Justin",
    "Kamala", "Karen", "Kate", "Katherine", "Keir", "Kevin", "Kim", "Larry", "Laura", "Linda",
    "Lisa", "Marc", "Margaret", "Maria", "Marissa", "Mark", "Martin", "Mary", "Masayoshi", "Matt",
    "Matthew", "Michael", "Michelle", "Mira", "Mitch", "Mukesh", "Mustafa", "Nancy", "Narendra",
    "Nick", "Nicholas", "Olaf", "Olivia", "Pat", "Patrick", "Paul", "Peter", "Philip", "Pierre",
    "Rachel", "Reid", "Richard", "Rishi", "Rob", "Robert", "Roger", "Ryan", "Sam", "Samuel",
    "Sarah", "Satya", "Scott", "Sean", "Sergey", "Sheryl", "Stephen", "Steve", "Steven", "Sundar",
    "Susan", "Thomas", "Tim", "Timothy", "Tom", "Tony", "Ursula", "Victoria", "Vladimir",
    "Volodymyr", "Walter", "Warren", "William", "Xavier", "Abigail", "Adrian", "Ahmed", "Akira",
    "Alan", "Alberto", "Alexandra", "Ali", "Alison", "Amit", "Angelica", "Antonio", "Ayesha",
    "Beatrice", "Bernard", "Bruno", "Caroline", "Cecilia", "Chloe", "Christian", "Christophe",
    "Claire", "Claudia", "Colette", "Craig", "Daisuke", "Deborah", "Dennis", "Diego", "Dominic",
    "Elena", "Eleanor", "Elisabeth", "Emilie", "Eva", "Fabio", "Fatima", "Felix", "Fernando",
    "Francesca", "Francesco", "François", "Gabriel", "Gavin", "Georges", "Gerard", "Giorgia",
    "Giovanni", "Grace", "Graham", "Harry", "Heather", "Hiroshi", "Hugo", "Ian", "Isabel",
    "Isabella", "Ivan", "Jacques", "Javier", "Jean", "Jenny", "Joanna", "Johann", "Jorge", "José",
    "Juan", "Julian", "Jürgen", "Karl", "Katharine", "Kathryn", "Keith", "Kenneth", "Kenji",
    "Klaus", "Lars", "Lauren", "Leo", "Lorenzo", "Louis", "Lucas", "Luis", "Luca", "Magnus",
    "Manuel", "Marco", "Marcus", "Marie", "Mario", "Markus", "Megan", "Miguel", "Mohammed",
    "Natalie", "Neil", "Nicolas", "Nicole", "Noel", "Oliver", "Oscar", "Pablo", "Pedro", "Philippe",
    "Rafael", "Rahul", "Raj", "Ravi", "Rebecca", "Ricardo", "Roberto", "Ruth", "Sandra", "Sanjay",
    "Sebastian", "Simon", "Sophie", "Stefan", "Stefano", "Stuart", "Takeshi", "Taylor", "Teresa",
    "Thierry", "Tobias", "Valérie", "Vanessa", "Vincent", "Wolfgang", "Yuki", "Yusuf",
];

/// Characters used to transliterate foreign names (Traditional and Simplified).
const TRANSLIT: &str = "阿爾尔特曼納纳德拉馬马斯克巴拜登羅罗伯森喬乔治約约翰威廉詹姆士史密湯汤瑪玛布萊莱恩麥麦可蘭兰達达雅詩诗黛芬妮娜莉莎蒂亞亚薩萨瓦卡洛琳凱凯瑟貝贝佐庫库查伊皮祖柏扎格蓋盖茨奧奥魯鲁普夫基諾诺維维奇科列寧宁丁梅默宏戈迪蘇苏珊艾倫伦霍頓顿桑托貢贡傑杰里利西米歇勒蒙索菲尼古烏乌澤泽佩肯錫锡賓宾漢汉埃沃坦因赫勞劳佛吉歐欧奈內内薇絲丝戴蓮莲芙琪蕾琴露朵潔洁塔班帕哥杜瑞韋韦溫温弗福蓬龐庞隆彼得保喀莫穆罕寇賴赖考紐纽圖图凡哈希耶烈舒爾荷根什";

/// A set of characters, looked up in one step. The character lists here are
/// read at every character of a candidate name, and `str::contains` would
/// scan the list each time.
struct CharSet {
    /// One bit per unified ideograph U+4E00..=U+9FFF.
    ideographs: Vec<u64>,
    /// Members outside that block.
    others: Vec<char>,
}

impl CharSet {
    const FIRST: u32 = 0x4E00;
    const LAST: u32 = 0x9FFF;

    fn new(chars: impl IntoIterator<Item = char>) -> Self {
        let mut set = CharSet {
            ideographs: vec![0; ((Self::LAST - Self::FIRST) / 64 + 1) as usize],
            others: Vec::new(),
        };
        for c in chars {
            match (c as u32).checked_sub(Self::FIRST) {
                Some(i) if c as u32 <= Self::LAST => {
                    set.ideographs[i as usize / 64] |= 1 << (i % 64)
                }
                _ => set.others.push(c),
            }
        }
        set
    }

    fn contains(&self, c: char) -> bool {
        match (c as u32).checked_sub(Self::FIRST) {
            Some(i) if c as u32 <= Self::LAST => {
                self.ideographs[i as usize / 64] >> (i % 64) & 1 == 1
            }
            _ => self.others.contains(&c),
        }
    }
}

/// A Chinese pattern whose every match starts on a unified ideograph.
trait HanPattern: Sync {
    /// The characters a match can start on, all unified ideographs.
    fn firsts(&self) -> Vec<char>;
    /// The length of the match at the start of `rest`, if any (`first` is the
    /// character there, one of [`HanPattern::firsts`]).
    fn len_at(&self, first: char, rest: &str) -> Option<usize>;
}

/// Chinese patterns searched together in one reading of the Han regions.
/// Their UTF-8 forms share lead bytes with most of the text, which defeats
/// the regex engine's literal search; a table lookup per character costs
/// less, and one reading for all of them less again.
struct HanScan<'p, const N: usize> {
    patterns: [&'p dyn HanPattern; N],
    /// For each unified ideograph, one bit for each pattern that can start
    /// on it.
    starts: Vec<u16>,
}

impl<'p, const N: usize> HanScan<'p, N> {
    /// The first unified ideograph, U+4E00, and the last.
    const FIRST: u32 = 0x4E00;
    const LAST: u32 = 0x9FFF;

    fn new(patterns: [&'p dyn HanPattern; N]) -> Self {
        assert!(N <= 16, "one bit per pattern");
        let mut starts = vec![0; (Self::LAST - Self::FIRST + 1) as usize];
        for (k, p) in patterns.iter().enumerate() {
            for c in p.firsts() {
                assert!((Self::FIRST..=Self::LAST).contains(&(c as u32)), "{c}");
                starts[(c as u32 - Self::FIRST) as usize] |= 1 << k;
            }
        }
        HanScan { patterns, starts }
    }

    /// The matches in the Han `regions` of each pattern, as [`find_in`]
    /// would find them for each on its own (leftmost, without overlap).
    fn find(&self, text: &str, regions: &[Range<usize>]) -> [Vec<Range<usize>>; N] {
        let bytes = text.as_bytes();
        let mut found: [Vec<Range<usize>>; N] = std::array::from_fn(|_| Vec::new());
        // Where each pattern's next match may start.
        let mut free = [0; N];
        for r in regions {
            let mut at = r.start;
            while at < r.end {
                let lead = bytes[at];
                let width = match lead {
                    0..0x80 => 1,
                    0x80..0xE0 => 2,
                    0xE0..0xF0 => 3,
                    _ => 4,
                };
                // Unified ideographs take three bytes: read only those.
                let mut mask = 0;
                let mut code = 0;
                if width == 3 {
                    code = three_byte_code(lead, bytes[at + 1], bytes[at + 2]);
                    mask = code
                        .checked_sub(Self::FIRST)
                        .and_then(|i| self.starts.get(i as usize))
                        .copied()
                        .unwrap_or(0);
                }
                while mask != 0 {
                    let k = mask.trailing_zeros() as usize;
                    mask &= mask - 1;
                    if at < free[k] {
                        continue;
                    }
                    let first = char::from_u32(code).unwrap_or_default();
                    let rest = &text[at..r.end];
                    if let Some(len) = self.patterns[k].len_at(first, rest).filter(|&n| n > 0) {
                        found[k].push(at..at + len);
                        free[k] = at + len;
                    }
                }
                at += width;
            }
        }
        found
    }
}

/// Chinese words, found as a regex alternation of them finds them (at each
/// start the first listed that fits).
struct HanWords {
    /// The words by first character (sorted by it), in the order given.
    by_first: Vec<(char, Vec<&'static str>)>,
}

impl HanWords {
    fn new(words: impl IntoIterator<Item = &'static str>) -> Self {
        let mut by_first: Vec<(char, Vec<&'static str>)> = Vec::new();
        for word in words {
            let Some(c) = word.chars().next() else {
                continue;
            };
            match by_first.iter_mut().find(|(first, _)| *first == c) {
                Some((_, group)) => group.push(word),
                None => by_first.push((c, vec![word])),
            }
        }
        by_first.sort_by_key(|&(c, _)| c);
        HanWords { by_first }
    }

    /// The occurrences in the Han `regions`, in text order, without overlap.
    #[cfg(test)]
    fn find(&self, text: &str, regions: &[Range<usize>]) -> Vec<Range<usize>> {
        let [found] = HanScan::new([self]).find(text, regions);
        found
    }
}

impl HanPattern for HanWords {
    fn firsts(&self) -> Vec<char> {
        self.by_first.iter().map(|&(c, _)| c).collect()
    }

    fn len_at(&self, first: char, rest: &str) -> Option<usize> {
        let k = self
            .by_first
            .binary_search_by_key(&first, |&(c, _)| c)
            .ok()?;
        let words = &self.by_first[k].1;
        words.iter().find(|w| rest.starts_with(*w)).map(|w| w.len())
    }
}

/// A Chinese pattern that starts with a character of `firsts`, then one of
/// `seconds`: matched, anchored, only where those two stand.
struct HanLed {
    firsts: Vec<char>,
    seconds: CharSet,
    anchored: Regex,
}

impl HanLed {
    /// `pattern` may have no look-around.
    fn new(pattern: &str, firsts: &str, seconds: &str) -> Self {
        HanLed {
            firsts: firsts.chars().collect(),
            seconds: CharSet::new(seconds.chars()),
            anchored: Regex::new(&format!(r"\A(?:{pattern})")).expect("pattern is valid"),
        }
    }

    /// The matches in the Han `regions`, in text order.
    #[cfg(test)]
    fn find(&self, text: &str, regions: &[Range<usize>]) -> Vec<Range<usize>> {
        let [found] = HanScan::new([self]).find(text, regions);
        found
    }
}

impl HanPattern for HanLed {
    fn firsts(&self) -> Vec<char> {
        self.firsts.clone()
    }

    fn len_at(&self, first: char, rest: &str) -> Option<usize> {
        let second = rest[first.len_utf8()..].chars().next()?;
        if !self.seconds.contains(second) {
            return None;
        }
        self.anchored.find(rest).map(|m| m.end())
    }
}

/// [`TRANSLIT`], [`SURNAMES`] and [`NAME_STOPS`] as sets, and the first
/// characters of [`STOP_WORDS`].
static TRANSLIT_SET: LazyLock<CharSet> = LazyLock::new(|| CharSet::new(TRANSLIT.chars()));
static SURNAME_SET: LazyLock<CharSet> = LazyLock::new(|| CharSet::new(SURNAMES.chars()));
static NAME_STOP_SET: LazyLock<CharSet> = LazyLock::new(|| CharSet::new(NAME_STOPS.chars()));
static STOP_WORD_FIRSTS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new(STOP_WORDS.iter().filter_map(|w| w.chars().next())));

/// Common Chinese surnames; ambiguous ones (`和`, `向`, `高`, `時`…) are left
/// out because after a title they are far more often a word than a name.
const SURNAMES: &str = "王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何林羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧肖田董袁潘蔣蒋蔡余杜葉叶程蘇苏魏呂吕丁沈姚盧卢姜崔鍾钟譚谭陸陆汪范石廖賈贾夏韋韦付白鄒邹孟熊秦邱江尹薛閻闫段雷侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃武戴莫孔湯汤溫温康施牛樊葛邢齊齐易喬乔伍龐庞顏颜倪莊庄聶聂章魯鲁岳翟殷詹申歐欧耿關关蘭兰焦俞左柳甘祝包寧宁尚符舒阮柯紀纪梅童凌畢毕單单季裴霍涂苗谷盛曲翁冉駱骆藍蓝游辛靳管柴蒙鮑鲍華华喻祁蒲房滕屈饒饶解牟艾尤陽阳穆農农司卓古吉繆缪簡简車车項项麥麦褚婁娄竇窦戚岑景黨党宮宫費费卜冷晏席衛卫米柏宗瞿桂佟臧閔闵苟鄔邬卞姬師师仇欒栾隋商刁沙榮荣巫寇桑郎甄叢丛仲虞敖鞏巩佘池查麻苑遲迟鄺邝習习傅洪賴赖阎竺";

/// Two-character surnames.
const DOUBLE_SURNAMES: &[&str] = &[
    "歐陽", "欧阳", "司馬", "司马", "諸葛", "诸葛", "上官", "東方", "东方", "令狐", "皇甫", "公孫",
    "公孙", "慕容", "司徒", "夏侯", "長孫", "长孙", "尉遲", "尉迟", "宇文",
];

/// Single characters that end a Chinese name run: particles and connectives.
const NAME_STOPS: &str =
    "的在是和與与及等了將将被把對对向從从為为說说稱称也都就已曾於于並并還还又即則则但而或到今昨";

/// Verbs and time words that end a Chinese name run.
const STOP_WORDS: &[&str] = &[
    "表示", "補充", "补充", "透露", "指出", "認為", "认为", "宣布", "宣佈", "強調", "强调", "坦言",
    "告訴", "告诉", "回應", "回应", "談到", "谈到", "承認", "承认", "警告", "預計", "预计", "寫道",
    "写道", "出席", "訪問", "访问", "會見", "会见", "發表", "发表", "日前", "近日", "本週", "本周",
    "上週", "上周", "下週", "下周", "明天", "先生", "女士", "小姐", "接受", "提到", "解釋", "解释",
    "呼籲", "呼吁",
];

/// Two-character starts that look like surname + name but are words.
const NOT_HAN_NAMES: &[&str] = &[
    "曾經", "曾经", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末", "週一", "週二",
    "週三", "週四", "週五", "週六", "週日", "週末", "黃金", "黄金", "石油", "馬上", "马上", "陸續",
    "陆续", "余下", "司機", "司机", "管理", "包括", "單位", "单位", "關於", "关于", "華人", "华人",
    "萬元", "万元", "谷歌", "鄭重", "郑重", "嚴正", "严正", "嚴肅", "严肃", "單獨", "单独", "許多",
    "许多", "房東", "房东", "毛利", "華府", "华府", "顧客", "顾客", "車主", "车主", "石化", "景氣",
    "景气", "溫和", "温和", "董事", "甘願", "甘愿", "程序", "史上", "雷同",
];

/// Verbs after which a transliterated name is a person: `阿爾特曼表示`.
const SPEECH_VERBS: &[&str] = &[
    "表示", "說", "说", "補充", "补充", "透露", "稱", "称", "指出", "認為", "认为", "宣布", "宣佈",
    "強調", "强调", "坦言", "告訴", "告诉", "回應", "回应", "承認", "承认", "警告", "寫道", "写道",
    "介紹", "介绍", "提醒", "直言", "坦承",
];

/// Descriptors that make `X公司` a generic noun phrase, not a name.
#[rustfmt::skip]
const GENERIC_DESCRIPTORS: &[&str] = &[
    "初創", "初创", "新創", "新创", "創業", "创业", "支付", "化妝品", "化妆品", "模型", "科技", "投資", "投资", "能源", "汽車",
    "汽车", "電動車", "电动车", "晶片", "芯片", "半導體", "半导体", "互聯網", "互联网", "網路", "网络", "軟件", "软件", "軟體", "软体",
    "遊戲", "游戏", "醫藥", "医药", "製藥", "制药", "保險", "保险", "金融", "媒體", "媒体", "航空", "物流", "電商", "电商", "上市",
    "私營", "私营", "國營", "国营", "國有", "国有", "跨國", "跨国", "大型", "小型", "中型", "龍頭", "龙头", "巨頭", "巨头", "本土",
    "外資", "外资", "中資", "中资", "美資", "美资", "台資", "台资", "港資", "港资", "合資", "合资", "獨資", "独资", "人工智能",
    "人工智慧", "顧問", "顾问", "諮詢", "咨询", "零售", "服務", "服务", "母", "子", "分", "空殼", "空壳", "控股", "貿易", "贸易",
    "企業", "企业", "機構", "机构", "上游", "下游", "同業", "同业", "對手", "对手", "旗下", "一家", "這家", "这家", "該", "该",
    "電力", "电力", "電動", "电动", "新能源", "傳統", "传统", "國產", "国产", "進口", "进口", "豪華", "豪华", "二手",
];

/// Suffixes after which (or before which) a Latin name is an organisation.
const CN_ORG_SUFFIXES: &[&str] = &[
    "公司", "集團", "集团", "銀行", "银行", "證券", "证券", "控股",
];

/// Industry words that end a company name only right after a known brand:
/// `小米汽車`, `三星電子` (but `中國汽車` is no company).
const CN_BRAND_SUFFIXES: &[&str] = &[
    "汽車", "汽车", "電子", "电子", "科技", "保險", "保险", "航空", "資本", "资本", "基金", "地產",
    "地产", "能源", "電器", "电器", "製藥", "制药", "金控", "物流", "電信", "电信",
];

/// Heads after which a name in apposition is an organisation (`平台 Temu`).
const CN_ORG_HEADS: &[&str] = &["機構", "机构", "平台", "平臺"];

/// [`CN_ORG_SUFFIXES`] and [`CN_ORG_HEADS`], found as their alternations
/// would find them.
static CN_ORG_SUFFIX: LazyLock<HanWords> =
    LazyLock::new(|| HanWords::new(CN_ORG_SUFFIXES.iter().copied()));
static CN_ORG_HEAD: LazyLock<HanWords> =
    LazyLock::new(|| HanWords::new(CN_ORG_HEADS.iter().copied()));

/// Verbs of reporting that end an organisation named in apposition
/// (`第三方機構某某數據統計`).
const REPORT_VERBS: &[&str] = &[
    "統計",
    "统计",
    "指出",
    "表示",
    "預測",
    "预测",
    "估計",
    "估计",
    "發布",
    "发布",
    "公布",
    "數據顯示",
    "数据显示",
    "報告",
    "报告",
    "調查",
    "调查",
    "稱",
    "称",
];

/// Short capitals that name a kind of thing, not a company (`集團 AI 業務`).
const GENERIC_ACRONYMS: &[&str] = &[
    "AI", "IT", "EV", "IPO", "CEO", "CFO", "GPU", "CPU", "API", "APP", "ETF", "ESG", "IC", "PC",
    "R&D", "B2B", "B2C", "OEM", "ODM", "LNG", "GDP",
];

/// Latin short capitals that are generic words, not names (`AI 公司`).
fn is_generic_caps(word: &str) -> bool {
    word.len() <= 3
        && word.chars().all(|c| c.is_ascii_uppercase())
        && gazetteer::label_of(word).is_none()
}

// ---------------------------------------------------------------------------
// Small scanners

fn char_before(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn char_after(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{00A0}' | '\u{3000}')
}

/// Skips up to `max` spaces from `at` (not line breaks: names do not wrap).
fn skip_spaces(text: &str, mut at: usize, max: usize) -> usize {
    for _ in 0..max {
        match char_after(text, at) {
            Some(c) if is_space(c) => at += c.len_utf8(),
            _ => break,
        }
    }
    at
}

/// Steps back over up to `max` spaces before `at`.
fn skip_spaces_back(text: &str, mut at: usize, max: usize) -> usize {
    for _ in 0..max {
        match char_before(text, at) {
            Some(c) if is_space(c) => at -= c.len_utf8(),
            _ => break,
        }
    }
    at
}

/// The Latin word starting at `at`: letters and digits, with inner `'`, `’`
/// and `-` (`O'Brien`, `Jean-Luc`, `Biden's`).
fn word_at(text: &str, at: usize) -> Option<Range<usize>> {
    let rest = &text[at..];
    let mut end = 0;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) && c != '_' {
            end = i + c.len_utf8();
        } else if matches!(c, '\'' | '’' | '-') && end == i && end > 0 {
            match chars.peek() {
                Some(&(_, n)) if is_word_char(n) => {}
                _ => break,
            }
        } else {
            break;
        }
    }
    (end > 0).then(|| at..at + end)
}

/// The Latin word ending at `at`, if `at` ends one.
fn word_before(text: &str, at: usize) -> Option<Range<usize>> {
    let head = &text[..at];
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c) || c == '-' || c == '&' || c == '.')
        .last()
        .map(|(i, _)| i)?;
    // A leading `-` or `.` belongs to the text before, not the word.
    let word = head[start..].trim_start_matches(['-', '.']);
    (!word.is_empty()).then(|| at - word.len()..at)
}

/// A capitalised word that could be part of a person's name.
fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_uppercase()
        && (first as u32) < 0x2E80
        && word.chars().any(char::is_lowercase)
        && !word.chars().any(|c| c.is_ascii_digit())
        && !is_not_name(word)
        && !matches!(gazetteer::label_of(word), Some(l) if l != Label::Person)
}

/// A run of up to three name words from `at` (`Satya Nadella`, `J. Smith`),
/// without a possessive `'s`.
fn latin_name_at(text: &str, at: usize) -> Option<Range<usize>> {
    let mut pos = at;
    let mut end = None;
    for _ in 0..3 {
        // An initial: one capital and a dot (`J. Smith`).
        if let Some(c) = char_after(text, pos) {
            if c.is_ascii_uppercase() && text[pos + 1..].starts_with(". ") {
                pos = skip_spaces(text, pos + 2, 1);
                continue;
            }
        }
        let Some(word) = word_at(text, pos) else {
            break;
        };
        let w = &text[word.clone()];
        let bare = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);
        if !is_name_word(bare) {
            break;
        }
        end = Some(word.start + bare.len());
        if bare.len() < w.len() {
            break;
        }
        let next = skip_spaces(text, word.end, 1);
        if next == word.end || !char_after(text, next).is_some_and(char::is_uppercase) {
            break;
        }
        pos = next;
    }
    end.map(|e| at..e)
}

/// Up to [`HanRun::CAP`] Han characters and their offsets, kept on the
/// stack: the name rules read one at every title, company suffix and known
/// place, and allocating each cost more than reading it.
struct HanRun {
    items: [(usize, char); HanRun::CAP],
    len: usize,
}

impl HanRun {
    const CAP: usize = 9;
}

impl std::ops::Deref for HanRun {
    type Target = [(usize, char)];

    fn deref(&self) -> &Self::Target {
        &self.items[..self.len]
    }
}

/// The Han characters from `at`, at most `max` (and [`HanRun::CAP`]).
fn han_chars(text: &str, at: usize, max: usize) -> HanRun {
    let mut run = HanRun {
        items: [(0, '\0'); HanRun::CAP],
        len: 0,
    };
    for (i, c) in text[at..].char_indices().take(max.min(HanRun::CAP)) {
        if !is_han(c) {
            break;
        }
        run.items[run.len] = (at + i, c);
        run.len += 1;
    }
    run
}

/// A Chinese name right after a title: a transliterated run (`納德拉`) or a
/// surname and one or two given characters (`黃仁勳`), ending before verbs
/// and particles.
fn han_name_at(text: &str, at: usize) -> Option<Range<usize>> {
    let run = han_chars(text, at, 8);
    // Cut the run at the first stop after the first character.
    let mut len = run.len();
    for (k, &(i, c)) in run.iter().enumerate().skip(1) {
        if NAME_STOP_SET.contains(c)
            || STOP_WORD_FIRSTS.contains(c) && STOP_WORDS.iter().any(|w| text[i..].starts_with(w))
        {
            len = k;
            break;
        }
    }
    let run = &run[..len];
    let end_at = |k: usize| match run.get(k) {
        Some(&(i, _)) => i,
        None => run.last().map_or(at, |&(i, c)| i + c.len_utf8()),
    };
    let translit = run
        .iter()
        .take_while(|&&(_, c)| TRANSLIT_SET.contains(c))
        .count();
    let first = run.first()?.1;
    if NOT_HAN_NAMES.iter().any(|w| text[at..].starts_with(w)) {
        return None;
    }
    let surname_len = if DOUBLE_SURNAMES.iter().any(|s| text[at..].starts_with(s)) {
        2
    } else if SURNAME_SET.contains(first) {
        1
    } else {
        0
    };
    if surname_len > 0 && !(translit == run.len() && run.len() >= 4) {
        let given = (run.len() - surname_len).min(2);
        return (given >= 1).then(|| at..end_at(surname_len + given));
    }
    if translit >= 2 {
        return Some(at..end_at(translit.min(6)));
    }
    // A rare surname, but the name is closed by its romanisation:
    // `行政總裁祈耀年（Noel Quinn）`.
    let end = end_at(run.len());
    let closed = char_after(text, end).is_some_and(|c| matches!(c, '（' | '('));
    (closed && len == run.len() && (2..=3).contains(&run.len())).then_some(at..end)
}

// ---------------------------------------------------------------------------
// People

/// `titles`, longest first, so that `Chief Executive Officer` wins over
/// `Chief Executive`.
fn longest_first(titles: impl Iterator<Item = &'static str>) -> Vec<&'static str> {
    let mut titles: Vec<&str> = titles.collect();
    titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
    titles
}

/// An alternation of `titles`, longest first.
fn title_pattern(titles: impl Iterator<Item = &'static str>) -> Regex {
    let alternation: Vec<String> = longest_first(titles)
        .iter()
        .map(|t| regex::escape(t))
        .collect();
    Regex::new(&alternation.join("|")).expect("title pattern is valid")
}

/// The English titles, searched in Latin regions only; few enough for the
/// regex engine's fastest literal search.
pub(crate) static LATIN_TITLE: LazyLock<Regex> =
    LazyLock::new(|| title_pattern(TITLES.iter().copied().filter(|t| t.is_ascii())));
/// The Chinese titles, searched in Han regions only.
static HAN_TITLES: LazyLock<HanWords> = LazyLock::new(|| {
    HanWords::new(longest_first(
        TITLES.iter().copied().filter(|t| !t.is_ascii()),
    ))
});

/// All titles in one pattern: what [`title_matches`] finds (see the tests).
#[cfg(test)]
pub(crate) static TITLE: LazyLock<Regex> = LazyLock::new(|| title_pattern(TITLES.iter().copied()));

/// The titles in `text`, in text order: the matches one pattern of all of
/// them would find, because Latin and Han titles share no character and so
/// never overlap.
fn title_matches(ctx: &Context, han: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let text = ctx.text;
    let mut latin = find_led_by_literals(&LATIN_TITLE, text, &ctx.regions.latin).peekable();
    let mut han = han.into_iter().peekable();
    let mut found = Vec::new();
    loop {
        let next = match (latin.peek(), han.peek()) {
            (Some(l), Some(h)) if l.start < h.start => latin.next(),
            (Some(_), Some(_)) => han.next(),
            (Some(_), None) => latin.next(),
            (None, _) => han.next(),
        };
        match next {
            Some(m) => found.push(m),
            None => return found,
        }
    }
}

/// `CEO 納德拉`, `創始人 Arthur Mensch`, `President Biden's`: the name after a title.
fn titled_people(ctx: &Context, han_titles: Vec<Range<usize>>, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    for m in title_matches(ctx, han_titles) {
        let latin_title = text[m.clone()].starts_with(|c: char| c.is_ascii_alphabetic());
        if latin_title
            && (char_before(text, m.start).is_some_and(is_word_char)
                || char_after(text, m.end).is_some_and(is_word_char))
        {
            continue;
        }
        let at = skip_spaces(text, m.end, 2);
        let name = match char_after(text, at) {
            Some(c) if c.is_uppercase() && at > m.end => latin_name_at(text, at),
            Some(c) if is_han(c) => han_name_at(text, at),
            _ => None,
        };
        if let Some(range) = name {
            out.push(Candidate::new(range, Label::Person));
        }
    }
}

/// `Given [A-Z]`: what [`given_name_matches`] finds, as a pattern (the tests
/// hold the two to the same matches).
#[cfg(test)]
pub(crate) static GIVEN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:{}) [A-Z]", GIVEN_NAMES.join("|"))).expect("name pattern is valid")
});

/// [`GIVEN_NAMES`] as a set, and the longest in bytes.
static GIVEN_NAME_SET: LazyLock<(HashSet<&str>, usize)> = LazyLock::new(|| {
    let longest = GIVEN_NAMES.iter().map(|n| n.len()).max().unwrap_or(0);
    (GIVEN_NAMES.iter().copied().collect(), longest)
});

/// The matches of `(?:Aaron|Adam|…) [A-Z]` (a given name, a space, a capital)
/// in the regions, as the regex would find them, without scanning the text
/// for three hundred names: each space before a capital is a cue, and the
/// given names ending right before it are looked up. Names hold no spaces and
/// start with an ASCII capital, so a name followed by a space is the only one
/// that matches where it starts, and the matches are those of the regex: at
/// each start at most one, taken from left to right without overlap.
fn given_name_matches(text: &str, regions: &[Range<usize>]) -> Vec<Range<usize>> {
    let (names, longest) = &*GIVEN_NAME_SET;
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut searched_to = 0;
    for r in regions {
        let mut at = r.start;
        while let Some(i) = bytes[at..r.end].iter().position(|&b| b == b' ') {
            let space = at + i;
            at = space + 1;
            if !bytes.get(space + 1).is_some_and(u8::is_ascii_uppercase) {
                continue;
            }
            // A name is made of letters: ASCII ones outside `A`..`Z` and
            // `a`..`z` end it. The leftmost name ending at the space that does
            // not start inside the previous match is the regex's match.
            let lowest = space.saturating_sub(*longest).max(r.start).max(searched_to);
            let word = (lowest..space)
                .rev()
                .find(|&i| bytes[i].is_ascii() && !bytes[i].is_ascii_alphabetic())
                .map_or(lowest, |i| i + 1);
            let name = (word..space)
                .find(|&i| bytes[i].is_ascii_uppercase() && names.contains(&text[i..space]));
            if let Some(start) = name {
                found.push(start..space + 2);
                searched_to = space + 2;
            }
        }
    }
    found
}
/// Verbs of saying after an English name (`Nadella said`).
const SAID_VERBS: &str =
    "said|says|told|added|explained|wrote|noted|argued|recalled|insisted|warned";
pub(crate) static SAID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"[A-Z][a-zà-öø-ÿ]+(?:[ '’\-][A-Z][a-zà-öø-ÿ]+){{0,2}} (?:{SAID_VERBS})"
    ))
    .expect("said pattern is valid")
});

/// The characters a match of [`SAID`] is made of.
pub(crate) fn said_part(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, ' ' | '\'' | '’' | '-' | 'à'..='ö' | 'ø'..='ÿ')
}

/// Finds any of a few words in the regions, for [`find_around`]: a search
/// for literals skips ahead many times faster than a pattern search.
///
/// Occurrences are not reported where they overlap an earlier one; that does
/// not matter to [`find_around`] as long as the words are made of characters
/// of the pattern's run, because the earlier one lies in the same run.
pub(crate) struct Cues(AhoCorasick);

impl Cues {
    fn new(words: impl IntoIterator<Item = String>) -> Self {
        let words: Vec<String> = words.into_iter().collect();
        // Leftmost-first enables the fast literal searchers (standard
        // semantics, which report overlaps, would walk the automaton).
        let searcher = AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(words)
            .expect("cue words are valid");
        Cues(searcher)
    }

    /// Where the words start in `regions`, in text order; natively in the
    /// whole text (see [`LITERALS_SKIP_FAST`]), which gives more cues but no
    /// other match.
    pub(crate) fn find(&self, text: &str, regions: &[Range<usize>]) -> Vec<usize> {
        if LITERALS_SKIP_FAST {
            return self.0.find_iter(text).map(|m| m.start()).collect();
        }
        self.find_in_regions(text, regions)
    }

    /// Where the words start in `regions`, in text order.
    fn find_in_regions(&self, text: &str, regions: &[Range<usize>]) -> Vec<usize> {
        regions
            .iter()
            .flat_map(|r| {
                self.0
                    .find_iter(&text[r.clone()])
                    .map(move |m| r.start + m.start())
            })
            .collect()
    }
}

/// Every match of [`SAID`] holds `said` or another verb. (Cues starting
/// with a space would make the literal search slow: spaces are everywhere.)
pub(crate) static SAID_CUES: LazyLock<Cues> =
    LazyLock::new(|| Cues::new(SAID_VERBS.split('|').map(str::to_string)));

/// The matches of [`SAID`] in the regions.
fn said_matches(text: &str, regions: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    find_around(
        &SAID,
        text,
        SAID_CUES.find(text, regions),
        said_part,
        &mut found,
    );
    found
}

/// `Arthur Mensch` (a known given name), `Nadella said` (a speech verb after).
fn latin_people(ctx: &Context, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    let capitalised = &ctx.regions.capitalised;
    for m in given_name_matches(text, capitalised) {
        if char_before(text, m.start).is_some_and(is_word_char) {
            continue;
        }
        if let Some(range) = latin_name_at(text, m.start) {
            if text[range.clone()].contains(' ') {
                out.push(Candidate::new(range, Label::Person));
            }
        }
    }
    for m in said_matches(text, &ctx.regions.capitalised) {
        // Word boundaries are checked here: a Unicode `\b` in the pattern
        // would push the regex engine off its fast path on CJK text (and
        // would forbid searching regions on their own).
        if char_before(text, m.start).is_some_and(is_word_char)
            || char_after(text, m.end).is_some_and(is_word_char)
        {
            continue;
        }
        // `Hong Kong Tourism Board said`: the match is the tail of a longer
        // capitalised name, which is no person.
        let prev = skip_spaces_back(text, m.start, 1);
        if prev < m.start
            && word_before(text, prev).is_some_and(|w| {
                let w = &text[w];
                w.starts_with(|c: char| c.is_uppercase()) && !is_not_name(w)
            })
        {
            continue;
        }
        let verb_at = text[m.clone()].rfind(' ').map_or(m.end, |i| m.start + i);
        // Drop leading sentence words (`But Nadella said`).
        let mut start = m.start;
        while let Some(word) = word_at(text, start) {
            if word.end >= verb_at || !is_not_name(&text[word.clone()]) {
                break;
            }
            start = skip_spaces(text, word.end, 1);
        }
        if let Some(range) = latin_name_at(text, start) {
            if range.end == verb_at && gazetteer::label_of(&text[range.clone()]).is_none() {
                out.push(Candidate::new(range, Label::Person));
            }
        }
    }
}

pub(crate) static TRANSLIT_DOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\x{4E00}-\x{9FFF}]{1,6}(?:[·‧•・][\x{4E00}-\x{9FFF}]{1,6})+")
        .expect("dot pattern is valid")
});
/// [`SPEECH_VERBS`], found as their alternation would find them.
static SPEECH: LazyLock<HanWords> = LazyLock::new(|| HanWords::new(SPEECH_VERBS.iter().copied()));

/// `薩蒂亞·納德拉` (a middle dot joins transliterated parts) and
/// `阿爾特曼表示` (a transliterated run before a speech verb, one of `speech`).
fn transliterated_people(ctx: &Context, speech: &[Range<usize>], out: &mut Vec<Candidate>) {
    let text = ctx.text;
    for m in find_in(&TRANSLIT_DOT, text, &ctx.regions.dotted) {
        // Keep only the transliterated tail of the part before the first dot.
        let s = &text[m.clone()];
        let Some(dot) = s.find(is_name_dot) else {
            continue;
        };
        let keep = s[..dot]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| TRANSLIT_SET.contains(c))
            .last()
            .map(|(i, _)| i);
        // Later parts may hold one character the list lacks (`麥金托什`).
        let parts_ok = s.split(is_name_dot).skip(1).all(|p| {
            let odd = p.chars().filter(|&c| !TRANSLIT_SET.contains(c)).count();
            odd <= usize::from(p.chars().count() >= 3)
                && !p.chars().any(|c| NAME_STOP_SET.contains(c))
        });
        if let (Some(i), true) = (keep, parts_ok) {
            out.push(Candidate::new(m.start + i..m.end, Label::Person));
        }
    }
    // A run before a verb of saying that is a common word (`坦克`, `基因`)
    // is no name.
    for m in speech {
        let mut start = m.start;
        let mut count = 0;
        while let Some(c) = char_before(text, start) {
            if !TRANSLIT_SET.contains(c) || count == 7 {
                break;
            }
            start -= c.len_utf8();
            count += 1;
        }
        let bounded = !char_before(text, start).is_some_and(|c| TRANSLIT_SET.contains(c));
        if (2..=6).contains(&count) && bounded && !starts_with_common_word(&text[start..m.start]) {
            out.push(Candidate::new(start..m.start, Label::Person));
        }
    }
}

/// Characters that rarely fill a Chinese given name but often follow a
/// surname character in a common word (`王牌`, `林業`, `周年`, `張開`, `車主`).
const NOT_GIVEN: &str = "業业界署局部處处院廳厅會会方們们者人員员家國国省市縣县區区司所黨党軍军隊队團团組组公門门行年月日時时股價价場场這这那此其該该各每也都就又再還还更最很不沒没有無无將将能要應应需須须已均皆則则卻却便仍亦外內内上下前後后左右裡里間间邊边頭头面側侧等他她它我你您誰谁點点些個个種种次第屆届位號号牌開开湖油續续括理於于額额率式錢钱款稅税品級级型類类製度書书子事商重主府客問问化工水聲声領领費费底圍围氣气";

static NOT_GIVEN_SET: LazyLock<CharSet> = LazyLock::new(|| CharSet::new(NOT_GIVEN.chars()));

/// Characters before a speaker's name that close the words before it
/// (`盐城做代工的蒋卫东说`, `小米、王强表示`); any non-Han character does too.
fn opens_speaker(c: char) -> bool {
    matches!(c, '的' | '、' | '和' | '與' | '与' | '及')
}

/// `游振宇說`, `的林佩蓉表示`: a Chinese name with no title, right before a
/// verb of saying (one of `speech`). Only a common surname and one or two
/// given characters qualify, after a clause boundary or `的`; the given
/// characters must not be ones that make common words (`王牌`, `林業署`),
/// the name must not begin with a common word of that shape (`關係`,
/// `簡單來` before `說`: [`starts_with_common_word`]), and nothing known may
/// overlap the name.
fn chinese_speakers(text: &str, speech: &[Range<usize>], known: &[Hit], out: &mut Vec<Candidate>) {
    for verb in speech {
        let end = verb.start;
        // `starts[k]`: where the `k + 1` characters before the verb start.
        let mut starts = [end; 4];
        let mut at = end;
        let mut count = 0;
        while count < starts.len() {
            let Some(c) = char_before(text, at).filter(|&c| is_han(c)) else {
                break;
            };
            at -= c.len_utf8();
            starts[count] = at;
            count += 1;
        }
        // Longest first: `蒋卫东` before `卫东`.
        let found = (1..count)
            .rev()
            .find_map(|k| speaker_name(text, starts[k]..end, known));
        if let Some(name) = found {
            out.push(Candidate::new(name, Label::Person));
        }
    }
}

/// The first characters of [`DOUBLE_SURNAMES`].
fn starts_double_surname(c: char) -> bool {
    matches!(
        c,
        '歐' | '欧'
            | '司'
            | '諸'
            | '诸'
            | '上'
            | '東'
            | '东'
            | '令'
            | '皇'
            | '公'
            | '慕'
            | '夏'
            | '長'
            | '长'
            | '尉'
            | '宇'
    )
}

/// The name in `range` if it is a surname and one or two given characters
/// with a boundary before it (see [`chinese_speakers`]). The cheap checks
/// come first: this runs at every verb of saying.
fn speaker_name(text: &str, range: Range<usize>, known: &[Hit]) -> Option<Range<usize>> {
    let name = &text[range.clone()];
    let first = name.chars().next()?;
    let surname_len =
        if starts_double_surname(first) && DOUBLE_SURNAMES.iter().any(|s| name.starts_with(s)) {
            2
        } else if SURNAME_SET.contains(first) {
            1
        } else {
            return None;
        };
    let mut given = 0;
    for c in name.chars().skip(surname_len) {
        if NOT_GIVEN_SET.contains(c) || NAME_STOP_SET.contains(c) {
            return None;
        }
        given += 1;
    }
    let boundary = match char_before(text, range.start) {
        None => true,
        Some(c) if !is_han(c) => true,
        // After `的` only a full name: `的王強說` but not `的王說`.
        Some(c) => opens_speaker(c) && given == 2,
    };
    if !(1..=2).contains(&given)
        || !boundary
        || NOT_HAN_NAMES.iter().any(|w| name.starts_with(w))
        // `歐陽` is a common word too, but a double surname starts a name.
        || surname_len == 1 && starts_with_common_word(name)
    {
        return None;
    }
    let i = known.partition_point(|h| h.range.end <= range.start);
    let overlaps_known = known.get(i).is_some_and(|h| h.range.start < range.end);
    (!overlaps_known).then_some(range)
}

// ---------------------------------------------------------------------------
// Organisations

/// Company suffixes after capitalised words (`Goldman Sachs Group Inc.`).
const ORG_SUFFIXES: &str = r"Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|Group|Holdings|Bank|Co\.|Board|Properties|Airlines|Airways|Motors|Capital|Technologies|Labs|AI|Partners|Ventures|Securities|Pharmaceuticals|Therapeutics|Semiconductor|Electronics|Industries|Bancorp|plc|PLC|AG|SE|GmbH|N\.V\.|Exchange|Manufacturing|Equities|Biosciences|BioPharmaceuticals|Biopharmaceuticals|Biopharma|BioPharma|Robotics|Motor|Mining|Minerals|Investments|Advisors|Associates|Logistics|Shipping|Foods|Brands|Building Society|Bio";
/// Institutions named after what they are of (`Bank of America`).
const ORG_OF_HEADS: &str = "Department|Ministry|Bank|University|Institute|Bureau|Chamber|Federation|Association|Council|Commission|Academy|Society|Confederation|Organization|Organisation|Agency|Office|College|School";
pub(crate) static ORG_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:(?:[A-Z]\.){{2,}}[ ]|[A-Z][A-Za-z0-9&'’\-]*[ ]){{1,4}}(?:{ORG_SUFFIXES})"
    ))
    .expect("org pattern is valid")
});
pub(crate) static ORG_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:[A-Z][A-Za-z.]*[ ])?(?:{ORG_OF_HEADS}) of (?:the )?[A-Z][A-Za-z]*(?:[ ][A-Z][A-Za-z]*){{0,3}}"))
        .expect("org-of pattern is valid")
});

/// The characters a match of [`ORG_SUFFIX`] is made of.
pub(crate) fn org_suffix_part(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '&' | '\'' | '’' | '-' | '.' | ' ')
}

/// The characters a match of [`ORG_OF`] is made of.
fn org_of_part(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '.' | ' ')
}

/// Every match of [`ORG_SUFFIX`] holds a suffix (`Inc`).
pub(crate) static ORG_SUFFIX_CUES: LazyLock<Cues> = LazyLock::new(|| {
    Cues::new(ORG_SUFFIXES.split('|').map(|w| {
        let w = w.strip_suffix(r"\.?").unwrap_or(w);
        w.replace(r"\.", ".")
    }))
});

/// Every match of [`ORG_OF`] holds a head and ` of` (`Bank of`).
pub(crate) static ORG_OF_CUES: LazyLock<Cues> =
    LazyLock::new(|| Cues::new(ORG_OF_HEADS.split('|').map(|w| format!("{w} of"))));

/// Capitalised words that start a phrase like `Generative AI` or `Venture
/// Capital`: a field or a kind of firm, not one firm.
#[rustfmt::skip]
const NOT_ORG_HEADS: &[&str] = &[
    "Generative", "Agentic", "Responsible", "Sovereign", "Physical", "Enterprise", "Conversational",
    "Artificial", "Open", "General", "Narrow", "Edge", "Embodied", "Trustworthy", "Safe",
    "Venture", "Private", "Human", "Working", "Growth", "Seed", "Central", "Commercial", "Investment",
    "Retail", "Regional", "Community", "Advisory", "Supervisory",
    "Executive", "Editorial", "School", "Tourism", "Trade", "Fixed", "New", "Big", "Major", "Local",
    "Foreign", "Chinese", "American", "European", "Japanese", "Korean", "Global", "French",
    "German", "British", "Dutch", "Indian", "Italian", "Spanish", "Swiss", "Swedish", "Canadian",
    "Australian", "Israeli", "Taiwanese", "Singaporean", "Asian", "African", "Western", "Russian",
    "Brazilian", "Mexican", "Saudi", "Emirati", "Irish", "Nordic", "Finnish", "Norwegian", "Danish",
    "Polish", "Turkish", "Vietnamese", "Thai", "Indonesian", "Malaysian", "Electric", "Bitcoin",
    "Crypto", "Data", "Deep", "Gold", "Copper", "Lithium", "Coal", "Rare", "Precision", "Contract",
    "Smart", "Industrial", "Digital", "Advanced",
];

/// The matches of [`ORG_SUFFIX`] in the regions, then those of [`ORG_OF`].
fn org_matches(text: &str, regions: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let cues = ORG_SUFFIX_CUES.find(text, regions);
    find_around(&ORG_SUFFIX, text, cues, org_suffix_part, &mut found);
    let cues = ORG_OF_CUES.find(text, regions);
    find_around(&ORG_OF, text, cues, org_of_part, &mut found);
    found
}

/// `Goldman Sachs Group Inc.`, `Bank of America`, `US Department of Commerce`.
fn latin_orgs(ctx: &Context, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    for m in org_matches(text, &ctx.regions.capitalised) {
        if char_before(text, m.start).is_some_and(is_word_char)
            || char_after(text, m.end).is_some_and(is_word_char)
        {
            continue;
        }
        // `The Bank of …`: the article is not part of the name.
        let mut start = m.start;
        if let Some(word) = word_at(text, start) {
            if is_not_name(&text[word.clone()]) {
                start = skip_spaces(text, word.end, 1);
            }
        }
        let name = &text[start..m.end];
        let first_word = name.split(' ').next().unwrap_or_default();
        // `Meta's AI` is Meta's, not a firm called so.
        if name.contains("'s ") || name.contains("’s ") {
            continue;
        }
        // `Generative AI`, `Venture Capital` describe a field, not a firm;
        // `Central Bank of Chile` names one.
        let exchange = name.ends_with(" Exchange") && first_word != "Foreign";
        if name.contains(' ')
            && (!NOT_ORG_HEADS.contains(&first_word) || name.contains(" of ") || exchange)
        {
            // `Bank of America Healthcare Conference` is an event.
            let last = name.rsplit(' ').next().unwrap_or_default();
            let label = if [
                "Conference",
                "Summit",
                "Forum",
                "Expo",
                "Congress",
                "Festival",
            ]
            .contains(&last)
            {
                Label::Event
            } else {
                Label::Org
            };
            out.push(Candidate::new(start..m.end, label));
        }
    }
}

/// Words after which a capitalised name is a company: its trade
/// (`drugmaker H. Lundbeck`), or where analysts work and what shares are of
/// (`analyst at Berenberg`, `shares of Corvalis`).
const ORG_CUE_WORDS: &[&str] = &[
    "drugmaker",
    "carmaker",
    "automaker",
    "chipmaker",
    "miner",
    "lender",
    "insurer",
    "retailer",
    "brokerage",
    "conglomerate",
    "startup",
    "start-up",
    "refiner",
    "manufacturer",
    "broker",
    "analyst at",
    "analysts at",
    "economist at",
    "economists at",
    "strategist at",
    "strategists at",
    "shares of",
    "subsidiary",
    "supplier",
    "regulator",
    "watchdog",
];

/// [`ORG_CUE_WORDS`], each followed by a space, for one literal search.
static ORG_CUES: LazyLock<Cues> =
    LazyLock::new(|| Cues::new(ORG_CUE_WORDS.iter().map(|w| format!("{w} "))));

/// `drugmaker H. Lundbeck said`, `analysts at Jefferies`: capitalised words
/// after one of [`ORG_CUE_WORDS`] name a company, unless they start with a
/// given name (`supplier John Smith`) or are a known place or person.
fn orgs_after_cues(ctx: &Context, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    // The cue words are lower case and rare: searching the whole text for
    // them (as [`Cues::find`] does natively) would cost more than the regions.
    // Most capitalised regions of Chinese text are lone words (`CEO`), too
    // short to hold a cue and a name.
    let long: Vec<Range<usize>> = ctx
        .regions
        .capitalised
        .iter()
        .filter(|r| r.len() >= "miner X".len())
        .cloned()
        .collect();
    for cue in ORG_CUES.find_in_regions(text, &long) {
        if char_before(text, cue).is_some_and(is_word_char) {
            continue;
        }
        let rest = &text[cue..];
        let Some(word) = ORG_CUE_WORDS
            .iter()
            .find(|w| rest.starts_with(**w) && rest[w.len()..].starts_with(' '))
        else {
            continue;
        };
        let cue_end = cue + word.len() + 1;
        if let Some(name) = capitalised_name_at(text, cue_end) {
            let words = &text[name.clone()];
            let first = words.split(' ').next().unwrap_or_default();
            let known = gazetteer::label_of(words);
            if !GIVEN_NAME_SET.0.contains(first) && matches!(known, None | Some(Label::Org)) {
                out.push(Candidate::new(name, Label::Org));
            }
        }
    }
}

/// Up to four capitalised words from `at` (`Wood Mackenzie`, `H. Lundbeck`,
/// `AT&T`), stopping at sentence words, weekdays and months.
fn capitalised_name_at(text: &str, at: usize) -> Option<Range<usize>> {
    let mut end = None;
    let mut pos = at;
    for _ in 0..4 {
        if let Some(c) = char_after(text, pos) {
            if c.is_ascii_uppercase() && text[pos + 1..].starts_with(". ") && end.is_none() {
                pos += 3;
                continue;
            }
        }
        let Some(word) = word_at(text, pos) else {
            break;
        };
        let w = &text[word.clone()];
        let bare = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);
        if !bare.starts_with(|c: char| c.is_ascii_uppercase())
            || is_not_name(bare)
            || GENERIC_ACRONYMS.contains(&bare)
        {
            break;
        }
        end = Some(word.start + bare.len());
        let next = skip_spaces(text, word.end, 1);
        if bare.len() < w.len()
            || next == word.end
            || !char_after(text, next).is_some_and(|c| c.is_ascii_uppercase())
        {
            break;
        }
        pos = next;
    }
    end.map(|e| at..e)
}

/// The length of a stock code at the start of `rest` when a closing bracket
/// follows it: `600887`, `2319.HK`, `INFY`, `TCS.NS`. Four-digit years
/// (`1900`..`2099`) are no codes.
fn stock_code_len(rest: &str) -> Option<usize> {
    let b = rest.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let caps = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let (mut len, numeric) = match (digits, caps) {
        (4..=6, _) => (digits, true),
        (0, 2..=5) => (caps, false),
        _ => return None,
    };
    if numeric && digits == 4 && (rest.starts_with("19") || rest.starts_with("20")) {
        return None;
    }
    // A market suffix: `.HK`, `.NS`, `-TW`.
    if matches!(b.get(len), Some(b'.' | b'-')) {
        let market = b[len + 1..]
            .iter()
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        if (1..=2).contains(&market) {
            len += 1 + market;
        }
    }
    rest[len..].starts_with([')', '）']).then_some(len)
}

/// Characters after which a run of Han characters before a stock code starts
/// the company's name: the kind of business it is (`物流商鮮達冷鏈`).
fn ends_trade_word(c: char) -> bool {
    matches!(c, '商' | '廠' | '厂' | '企' | '者' | '司')
}

/// `伊利股份（600887）`, `Infosys (INFY)`, `TCS (TCS.NS)`: a name right before
/// a stock code in brackets is a listed company. A Latin name whose initials
/// spell the bracketed capitals is an abbreviation instead (`Artificial
/// Intelligence (AI)`), which [`parenthesised_aliases`] reads.
///
/// Stock codes are Latin letters and digits, so only the Latin regions (and
/// a full-width bracket right before one) are searched for brackets.
fn listed_companies(ctx: &Context, known: &[Hit], out: &mut Vec<Candidate>) {
    let text = ctx.text;
    // One substring search per bracket: a search for either of two
    // characters would read the text a character at a time.
    let brackets = ctx.regions.latin.iter().flat_map(|r| {
        let from = text[..r.start].strip_suffix('（').map_or(r.start, str::len);
        let region = &text[from..r.end];
        region
            .match_indices('(')
            .chain(region.match_indices('（'))
            .map(move |(i, b)| (from + i, b))
    });
    for (i, open) in brackets {
        {
            let code_at = i + open.len();
            let Some(code_len) = stock_code_len(&text[code_at..]) else {
                continue;
            };
            let code = &text[code_at..code_at + code_len];
            let end = skip_spaces_back(text, i, 1);
            let name = match char_before(text, end) {
                Some(c) if is_word_char(c) => latin_name_before(text, end)
                    .filter(|r| !spells_initials(&text[r.clone()], code)),
                // `競爭與市場管理局（CMA）`: capitals after a Chinese name
                // abbreviate it; only digits are its stock code.
                Some(c) if is_han(c) && code.starts_with(|c: char| c.is_ascii_digit()) => {
                    han_name_before_code(text, end)
                }
                _ => None,
            };
            // `小米集团港股（1810.HK）`: a known name inside is the company.
            let first =
                known.partition_point(|h| h.range.end <= name.as_ref().map_or(0, |n| n.start));
            let holds_known = |n: &Range<usize>| {
                known
                    .get(first)
                    .is_some_and(|h| h.range.start < n.end && h.range != *n)
            };
            if let Some(name) = name.filter(|n| !holds_known(n)) {
                if matches!(
                    gazetteer::label_of(&text[name.clone()]),
                    None | Some(Label::Org)
                ) {
                    out.push(Candidate::new(name, Label::Org));
                }
            }
        }
    }
}

/// Up to three capitalised words ending at `end` (`Tata Consultancy`).
fn latin_name_before(text: &str, end: usize) -> Option<Range<usize>> {
    let mut start = None;
    let mut at = end;
    for _ in 0..3 {
        let Some(word) = word_before(text, at) else {
            break;
        };
        let w = &text[word.clone()];
        if !w.starts_with(|c: char| c.is_ascii_uppercase()) || is_not_name(w) {
            break;
        }
        start = Some(word.start);
        let prev = skip_spaces_back(text, word.start, 1);
        if prev == word.start || !char_before(text, prev).is_some_and(is_word_char) {
            break;
        }
        at = prev;
    }
    let start = start?;
    (!is_generic_caps(&text[start..end])).then_some(start..end)
}

/// True when `code` is made of the initials of `name`'s words (`Federal
/// Trade Commission` and `FTC`).
fn spells_initials(name: &str, code: &str) -> bool {
    let initials: String = name
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(char::is_ascii_uppercase)
        .collect();
    initials.len() >= 2 && code.starts_with(&initials)
}

/// A short Han name ending at `end`: two to six characters back to a
/// particle or a non-Han character, or after a trade word (`商`).
fn han_name_before_code(text: &str, end: usize) -> Option<Range<usize>> {
    let mut start = end;
    let mut count = 0;
    let mut after_trade = None;
    while let Some(c) = char_before(text, start) {
        if !is_han(c) || NAME_STOP_SET.contains(c) || count == 12 {
            break;
        }
        if ends_trade_word(c) && after_trade.is_none() && count >= 2 {
            after_trade = Some(start);
        }
        start -= c.len_utf8();
        count += 1;
    }
    let start = if count <= 6 { start } else { after_trade? };
    let name = &text[start..end];
    let n = name.chars().count();
    let opener = name.starts_with(|c: char| "今昨明本該该此這这其每各".contains(c));
    let amount = name.ends_with(|c: char| "價价額额量率數数元年月日股".contains(c));
    ((2..=6).contains(&n) && !opener && !amount).then_some(start..end)
}

/// Neighbouring known hits (no hit between them), the first labelled
/// `first` and the second `second`.
fn neighbours(known: &[Hit], first: Label, second: Label) -> impl Iterator<Item = (&Hit, &Hit)> {
    known
        .windows(2)
        .map(|pair| (&pair[0], &pair[1]))
        .filter(move |(a, b)| a.label == Some(first) && b.label == Some(second))
}

/// `小米、荣耀和 OPPO`: a short Han name listed between two known
/// organisations is an organisation too.
fn orgs_listed_with_orgs(text: &str, known: &[Hit], out: &mut Vec<Candidate>) {
    for (a, b) in neighbours(known, Label::Org, Label::Org) {
        let gap = &text[a.range.end..b.range.start];
        let Some(rest) = gap.strip_prefix('、') else {
            continue;
        };
        let rest = rest.trim_end_matches(' ');
        let Some(joint) = rest.chars().next_back() else {
            continue;
        };
        if !matches!(joint, '、' | '和' | '與' | '与' | '及') {
            continue;
        }
        let name = &rest[..rest.len() - joint.len_utf8()];
        let n = name.chars().count();
        if (2..=4).contains(&n)
            && !name.ends_with(is_kind_char)
            && name
                .chars()
                .all(|c| is_han(c) && !NAME_STOP_SET.contains(c))
        {
            let start = a.range.end + '、'.len_utf8();
            out.push(Candidate::new(start..start + name.len(), Label::Org));
        }
    }
}

/// Last characters of words for kinds of things, not names (`手機`, `汽車`,
/// `服務`): a list of companies may hold them, but they name none.
fn is_kind_char(c: char) -> bool {
    "機机車车品業业類类器料物店廠厂場场產产股價价額额量率費费務务網网站".contains(c)
}

/// Words that make a known organisation and a place one office of it.
const BRANCH_WORDS: &[&str] = &[
    "分公司",
    "分行",
    "分院",
    "分局",
    "分會",
    "分会",
    "支行",
    "分所",
    "辦事處",
    "办事处",
    "代表處",
    "代表处",
    "分部",
    "分社",
];

/// `中指研究院河南分院`, `中國銀行紐約分行`: a known organisation, a known
/// place and a branch word are one organisation.
fn branches(text: &str, known: &[Hit], out: &mut Vec<Candidate>) {
    for (org, place) in neighbours(known, Label::Org, Label::Gpe) {
        if place.range.start != org.range.end {
            continue;
        }
        let rest = &text[place.range.end..];
        if let Some(word) = BRANCH_WORDS.iter().find(|w| rest.starts_with(**w)) {
            out.push(Candidate::new(
                org.range.start..place.range.end + word.len(),
                Label::Org,
            ));
        }
    }
}

/// `Mistral 公司` → `Mistral`; `阿里巴巴集團`; `支付公司 Block` → `Block`;
/// `化妝品公司雅詩蘭黛` → `雅詩蘭黛`. Generic phrases (`初創公司`, `該公司`)
/// are left alone.
fn chinese_orgs(
    text: &str,
    suffixes: Vec<Range<usize>>,
    heads: Vec<Range<usize>>,
    known: &[Hit],
    out: &mut Vec<Candidate>,
) {
    for m in suffixes {
        if let Some(range) = org_before_suffix(text, known, m.start, m.end) {
            out.push(Candidate::new(range, Label::Org));
        } else if let Some(range) = org_after_suffix(text, m.end, false) {
            out.push(Candidate::new(range, Label::Org));
        }
    }
    for hit in known {
        if hit.label != Some(Label::Org) {
            continue;
        }
        // `小米汽車`: a known brand directly before an industry word.
        let at = hit.range.end;
        if let Some(suffix) = CN_BRAND_SUFFIXES
            .iter()
            .find(|s| text[at..].starts_with(**s))
        {
            let end = at + suffix.len();
            if !char_after(text, end).is_some_and(|c| "業业界股價价類类".contains(c)) {
                out.push(Candidate::new(hit.range.start..end, Label::Org));
            }
        }
    }
    for m in heads {
        let reporting = text[m.clone()].ends_with(['構', '构']);
        if let Some(range) = org_after_suffix(text, m.end, reporting) {
            out.push(Candidate::new(range, Label::Org));
        }
    }
    subsidiaries(text, out);
}

/// `鴻海旗下鴻華先進（Foxtron）` (both names), `裕隆旗下 U-POWER 總經理`.
fn subsidiaries(text: &str, out: &mut Vec<Candidate>) {
    for (i, cue) in text.match_indices("旗下") {
        let at = skip_spaces(text, i + cue.len(), 1);
        if let Some(latin) = latin_brand_at(text, at) {
            let next = skip_spaces(text, latin.end, 1);
            let rest = &text[next..];
            let titled = TITLES.iter().any(|t| rest.starts_with(t) && !t.is_ascii())
                || CN_ORG_SUFFIXES.iter().any(|s| rest.starts_with(s));
            if titled && !text[latin.clone()].contains(|c: char| c.is_ascii_digit()) {
                out.push(Candidate::new(latin, Label::Org));
            }
            continue;
        }
        let run = han_chars(text, at, 7);
        if !(2..=6).contains(&run.len()) || run.iter().any(|&(_, c)| NAME_STOP_SET.contains(c)) {
            continue;
        }
        let end = run.last().map_or(at, |&(j, c)| j + c.len_utf8());
        if let Some(alias) = paren_latin(text, end) {
            out.push(Candidate::new(at..end, Label::Org));
            out.push(Candidate::new(alias, Label::Org));
        }
    }
}

/// A capitalised Latin token with inner `-`, `&`, `.` (`U-POWER`, `Foxtron`).
fn latin_brand_at(text: &str, at: usize) -> Option<Range<usize>> {
    let rest = &text[at..];
    if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let len = rest
        .char_indices()
        .take_while(|&(_, c)| is_word_char(c) || matches!(c, '-' | '&'))
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    let word = rest[..len].trim_end_matches(['-', '&']);
    let bad = GENERIC_ACRONYMS.contains(&word) || is_not_name(word) || word.len() < 2;
    (!bad).then(|| at..at + word.len())
}

/// `（Foxtron）`, `(Moonshot AI)`: capitalised Latin words closed by a bracket,
/// right at `at`; the range of the words.
fn paren_latin(text: &str, at: usize) -> Option<Range<usize>> {
    let open = char_after(text, at).filter(|c| matches!(c, '（' | '('))?;
    let start = at + open.len_utf8();
    let inner = &text[start..];
    let len = inner
        .char_indices()
        .take(60)
        .find(|&(_, c)| matches!(c, '）' | ')'))
        .map(|(i, _)| i)?;
    let words = &inner[..len];
    let ok = !words.is_empty()
        && words.split(' ').count() <= 5
        && words.split(' ').all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| is_word_char(c) || matches!(c, '-' | '&' | '.' | '\''))
        })
        && !words
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.')
        && (words.chars().next()? as u32) < 0x2E80;
    ok.then(|| start..start + len)
}

fn org_before_suffix(
    text: &str,
    known: &[Hit],
    suffix: usize,
    suffix_end: usize,
) -> Option<Range<usize>> {
    let before = skip_spaces_back(text, suffix, 2);
    // A Latin name: `Mistral 公司`, `Stability AI 公司`.
    if char_before(text, before).is_some_and(is_word_char) {
        let mut start = None;
        let mut at = before;
        for _ in 0..4 {
            let Some(word) = word_before(text, at) else {
                break;
            };
            let w = &text[word.clone()];
            let capitalised = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
            if !capitalised || is_not_name(w) {
                break;
            }
            start = Some(word.start);
            let prev = skip_spaces_back(text, word.start, 1);
            if prev == word.start || !char_before(text, prev).is_some_and(is_word_char) {
                break;
            }
            at = prev;
        }
        let start = start?;
        let name = &text[start..before];
        // `AI 公司` and `2023 公司` describe, they do not name.
        if is_generic_caps(name) || name.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        return Some(start..before);
    }
    if before != suffix {
        return None;
    }
    // A Han run back to a particle or non-Han character.
    let mut start = suffix;
    let mut count = 0;
    while let Some(c) = char_before(text, start) {
        if !is_han(c) || NAME_STOP_SET.contains(c) || count == 8 {
            break;
        }
        start -= c.len_utf8();
        count += 1;
    }
    if start == suffix {
        return None;
    }
    // A transliterated name: `雅詩蘭黛公司`.
    if text[start..suffix]
        .chars()
        .all(|c| TRANSLIT_SET.contains(c))
        && count >= 3
    {
        return Some(start..suffix_end);
    }
    // A known organisation or place, then a short name part: `中國建設銀行`.
    let first = known.partition_point(|h| h.range.start < start);
    let hit = known[first..]
        .iter()
        .take_while(|h| h.range.end <= suffix)
        .find(|h| matches!(h.label, Some(Label::Org | Label::Gpe)))?;
    let middle = &text[hit.range.end..suffix];
    let generic = GENERIC_DESCRIPTORS.iter().any(|g| middle.contains(g));
    let ok = !generic
        && middle.chars().count() <= 4
        && (hit.label == Some(Label::Org) || !middle.is_empty());
    ok.then_some(hit.range.start..suffix_end)
}

/// A name right after a generic `…公司`: `支付公司 Block`, `化妝品公司雅詩蘭黛`.
fn org_after_suffix(text: &str, suffix_end: usize, reporting_head: bool) -> Option<Range<usize>> {
    let at = skip_spaces(text, suffix_end, 2);
    let c = char_after(text, at)?;
    if c.is_ascii_uppercase() {
        let mut end = None;
        let mut pos = at;
        for _ in 0..4 {
            let Some(word) = word_at(text, pos) else {
                break;
            };
            let w = &text[word.clone()];
            if !w.starts_with(|c: char| c.is_uppercase())
                || is_not_name(w)
                || GENERIC_ACRONYMS.contains(&w)
                || TITLES.contains(&w)
            {
                break;
            }
            end = Some(word.end);
            let next = skip_spaces(text, word.end, 1);
            if next == word.end || !char_after(text, next).is_some_and(|c| c.is_ascii_uppercase()) {
                break;
            }
            pos = next;
        }
        return end.map(|e| at..e);
    }
    let han = han_chars(text, at, 7);
    if reporting_head {
        // A short name closed by a verb of reporting: `機構星圖數據統計`.
        let opens_clause = han
            .first()
            .is_some_and(|&(_, c)| "今去明本上下前近也都將将已則则再還还更並并".contains(c));
        for k in 2..han.len().min(6) {
            let (i, c) = han[k - 1];
            if opens_clause || NAME_STOP_SET.contains(c) || "年月日週周".contains(c) {
                break;
            }
            let next = han[k].0;
            debug_assert_eq!(next, i + c.len_utf8());
            if REPORT_VERBS.iter().any(|v| text[next..].starts_with(v)) {
                return Some(at..next);
            }
        }
    }
    let translit = han
        .iter()
        .take_while(|&&(_, c)| TRANSLIT_SET.contains(c))
        .count();
    let run = &han[..translit];
    let &(last, lc) = run.last()?;
    let end = last + lc.len_utf8();
    let bounded = !char_after(text, end).is_some_and(|c| TRANSLIT_SET.contains(c));
    (run.len() >= 3 && run.len() <= 6 && bounded).then_some(at..end)
}

// ---------------------------------------------------------------------------
// Products and events

pub(crate) static MODEL_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:A3[0-9]{2}(?:neo|ceo)|A3[0-9]0-[0-9]{3,4}|7[0-9]7 MAX(?: [0-9]{1,2})?|[A-Z][A-Za-z]*-[0-9]+(?:\.[0-9]+)?[a-z]?|[A-Z]{1,3}[0-9]{2,4}[A-Za-z]?|Model [A-Z0-9])(?: (?:Pro|Max|Ultra|Plus|mini))?")
        .expect("model pattern is valid")
});
pub(crate) static VERSIONED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[A-Z][A-Za-z]*|i[A-Z][A-Za-z]*) [0-9]+(?:\.[0-9]+)*[a-z]?(?: (?:Pro|Ultra|Max|Plus|Mini|mini|Turbo|Opus|Sonnet|Haiku|Nano|Flash|Large|Small))*")
        .expect("version pattern is valid")
});

/// The characters a match of [`MODEL_NUMBER`] is made of.
fn model_part(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | ' ')
}

/// The characters a match of [`VERSIONED`] is made of.
fn versioned_part(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | ' ')
}

/// The matches of [`MODEL_NUMBER`] and those of [`VERSIONED`] in the regions.
fn product_matches(text: &str, regions: &[Range<usize>]) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let (model_cues, version_cues) = digit_cues(text, regions);
    let (mut models, mut versions) = (Vec::new(), Vec::new());
    find_around(&MODEL_NUMBER, text, model_cues, model_part, &mut models);
    find_around(
        &VERSIONED,
        text,
        version_cues,
        versioned_part,
        &mut versions,
    );
    (models, versions)
}

/// Cues for [`MODEL_NUMBER`] and [`VERSIONED`], in text order, in one pass
/// over the digits of the regions: every model number holds a digit right
/// after a capital or a `-` (`H100`, `GPT-4`), or `Model `; every version a
/// digit after a space after a word holding a capital (`Claude 2`, `iOS 17`).
pub(crate) fn digit_cues(text: &str, regions: &[Range<usize>]) -> (Vec<usize>, Vec<usize>) {
    let bytes = text.as_bytes();
    let (mut models, mut versions) = (Vec::new(), Vec::new());
    for r in regions {
        for (i, _) in text[r.clone()].match_indices("Model ") {
            models.push(r.start + i);
        }
        let mut at = r.start;
        while let Some(i) = next_digit(&bytes[at..r.end]) {
            let digit = at + i;
            at = digit + 1;
            let Some(prev) = digit.checked_sub(1).map(|p| bytes[p]) else {
                continue;
            };
            if prev == b'-' || prev.is_ascii_uppercase() {
                models.push(digit);
            } else if prev == b' ' {
                let word = bytes[..digit - 1]
                    .iter()
                    .rev()
                    .take_while(|b| b.is_ascii_alphabetic());
                if word.clone().next().is_some() && word.clone().any(u8::is_ascii_uppercase) {
                    versions.push(digit);
                }
            }
        }
    }
    models.sort_unstable();
    (models, versions)
}

/// The offset of the first ASCII digit in `bytes`, eight bytes at a time:
/// English text is mostly letters, and this runs over all of it.
fn next_digit(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut n = 0;
    for chunk in bytes.chunks_exact(8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("chunks are eight bytes"));
        // Digits become 0..=9 and nothing else does; then look for a byte
        // below 10 (exact as to whether there is one, not as to where).
        let x = word ^ (0x30 * ONES);
        if x.wrapping_sub(10 * ONES) & !x & (0x80 * ONES) != 0 {
            break;
        }
        n += 8;
    }
    bytes[n..]
        .iter()
        .position(u8::is_ascii_digit)
        .map(|i| n + i)
}

/// Tokens that look like model numbers but are not products.
#[rustfmt::skip]
const NOT_PRODUCTS: &[&str] = &[
    "COVID-19", "SARS-CoV-2", "MH370", "FY2024", "FY2025", "FY2023", "ISO9001",
];

/// `777-9`, `787-10`: Boeing models, bounded by no word character; a bare
/// `777` stays a number. (`A330neo`, `A350-1000`, `737 MAX 8` are read by
/// [`MODEL_NUMBER`].)
fn airliners(ctx: &Context, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    let bounded = |m: &Range<usize>| {
        !char_before(text, m.start).is_some_and(|c| is_word_char(c) || c == '-')
            && !char_after(text, m.end).is_some_and(|c| is_word_char(c) || c == '-')
    };
    // No capital to find them by, so a substring search for `7-` (far
    // cheaper than a regex over every run of digits).
    let bytes = text.as_bytes();
    for (i, _) in text.match_indices("7-") {
        let (Some(start), true) = (
            i.checked_sub(2),
            bytes.get(i + 2).is_some_and(u8::is_ascii_digit),
        ) else {
            continue;
        };
        if bytes[start] != b'7' || !bytes[start + 1].is_ascii_digit() {
            continue;
        }
        let digits = bytes[i + 2..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let m = start..i + 2 + digits;
        if digits <= 3 && bounded(&m) {
            out.push(Candidate::new(m, Label::Product));
        }
    }
}

/// Words around a flight number (`CX383 航班`, `flight BA117`).
const FLIGHT_WORDS_AFTER: &[&str] = &["航班", "班機", "班机", " flight", " 航班", " 班機", " 班机"];

/// `CX383 航班`, `flight BA117`: two capitals and digits that name a flight,
/// not a product.
fn is_flight(text: &str, m: Range<usize>) -> bool {
    let s = &text[m.clone()];
    let code = s.len() >= 4
        && s.len() <= 6
        && s.as_bytes()[..2].iter().all(u8::is_ascii_uppercase)
        && s.as_bytes()[2..].iter().all(u8::is_ascii_digit);
    let before = text[..m.start].trim_end_matches(' ');
    code && (FLIGHT_WORDS_AFTER
        .iter()
        .any(|w| text[m.end..].starts_with(w))
        || before.ends_with("flight")
        || before.ends_with("Flight")
        || before.ends_with("航班"))
}

/// `GPT-4`, `H100` (model numbers), `Claude 2`, `Llama 3.1`, `CES 2024` (a
/// known product or event and its version or year).
fn versioned_products(ctx: &Context, known: &[Hit], out: &mut Vec<Candidate>) {
    let text = ctx.text;
    let capitalised = &ctx.regions.capitalised;
    let (models, versions) = product_matches(text, capitalised);
    for m in models {
        let bounded = !char_before(text, m.start).is_some_and(is_word_char)
            && !char_after(text, m.end).is_some_and(|c| is_word_char(c) || c == '-');
        let s = &text[m.clone()];
        let quarter_or_year = s.starts_with("FY") || s.starts_with("Q") && s.len() <= 3;
        if bounded && !quarter_or_year && !NOT_PRODUCTS.contains(&s) && !is_flight(text, m.clone())
        {
            // `Helio G91`: a known product line before the code is part of it.
            let start = product_word_before(text, m.start).unwrap_or(m.start);
            out.push(Candidate::new(start..m.end, Label::Product));
        }
    }
    for m in versions {
        if char_before(text, m.start).is_some_and(is_word_char)
            || char_after(text, m.end).is_some_and(is_word_char)
        {
            continue;
        }
        let base = text[m.clone()].split(' ').next().unwrap_or_default();
        let found = match gazetteer::label_of(base) {
            Some(Label::Event) => Some((m, Label::Event)),
            Some(Label::Product) => Some((m, Label::Product)),
            Some(_) => None,
            None if is_year_or_share(text, &m, base) => None,
            None => line_of_brand(text, known, &m, base)
                .or_else(|| product_in_context(text, &m, base))
                .map(|r| (r, Label::Product)),
        };
        if let Some((range, label)) = found {
            out.push(Candidate::new(range, label));
        }
    }
}

/// The start of a known product's name ending one space before `at`
/// (`Helio` before `G91`, `Snapdragon` before `8`).
fn product_word_before(text: &str, at: usize) -> Option<usize> {
    let word = word_before(text, text[..at].strip_suffix(' ')?.len())?;
    (gazetteer::label_of(&text[word.clone()]) == Some(Label::Product)).then_some(word.start)
}

/// `Reports 5%`, `Forum 2025`: a version-like match whose number is a year or
/// a share, or whose word is a verb in a headline, names no product.
fn is_year_or_share(text: &str, m: &Range<usize>, base: &str) -> bool {
    let number = &text[m.start + base.len() + 1..m.end];
    let year = number.len() >= 4
        && (number.starts_with("19") || number.starts_with("20"))
        && !number[..4].contains(|c: char| !c.is_ascii_digit());
    year || text[m.end..].starts_with('%') || base.ends_with('s') || is_not_name(base)
}

/// `TECNO Spark 30`, `Honor Magic 7`: a known Latin brand, then a model word
/// no list knows and its number, is one product.
fn line_of_brand(text: &str, known: &[Hit], m: &Range<usize>, base: &str) -> Option<Range<usize>> {
    let brand_end = text[..m.start].strip_suffix(' ')?.len();
    if base.starts_with('i') {
        return None;
    }
    let i = known.partition_point(|h| h.range.end < brand_end);
    let brand = known.get(i).filter(|h| {
        h.range.end == brand_end && h.label == Some(Label::Org) && text[h.range.clone()].is_ascii()
    })?;
    Some(brand.range.start..m.end)
}

/// Words before a Latin model name that say it is a product (`新机 X 30`).
const PRODUCT_CUES_BEFORE: &[&str] = &[
    "新機",
    "新机",
    "新款",
    "旗艦",
    "旗舰",
    "搭載",
    "搭载",
    "採用",
    "采用",
    "配備",
    "配备",
    "首款",
    "型號",
    "型号",
    "推出",
    "發布",
    "发布",
    "發表",
    "发表",
    "推出的",
    "發布的",
    "发布的",
];

/// Words after a Latin model name that say it is a product (`X 9 組件`).
const PRODUCT_HEADS_AFTER: &[&str] = &[
    "組件",
    "组件",
    "手機",
    "手机",
    "晶片",
    "芯片",
    "處理器",
    "处理器",
    "電池",
    "电池",
    "車型",
    "车型",
    "系列",
    "機型",
    "机型",
    "模組",
    "模组",
    "面板",
    "伺服器",
    "服务器",
    "筆電",
    "笔记本",
    "顯卡",
    "显卡",
    "新車",
    "新车",
    "模型",
    "平板",
    "耳機",
    "耳机",
];

/// `隆基发布的 Hi-MO 9 组件`: a capitalised model name (hyphenated parts
/// included) and its number, in Chinese text that calls it a product.
fn product_in_context(text: &str, m: &Range<usize>, base: &str) -> Option<Range<usize>> {
    let mut start = m.start;
    while text[..start].ends_with('-') {
        let word = word_before(text, start - 1)?;
        start = word.start;
    }
    let token = &text[start..m.start + base.len()];
    if GENERIC_ACRONYMS.contains(&token) || gazetteer::label_of(token).is_some() {
        return None;
    }
    let before = &text[..skip_spaces_back(text, start, 1)];
    let after = &text[skip_spaces(text, m.end, 1)..];
    let cued = PRODUCT_CUES_BEFORE.iter().any(|c| before.ends_with(c))
        || PRODUCT_HEADS_AFTER.iter().any(|h| after.starts_with(h));
    cued.then_some(start..m.end)
}

// ---------------------------------------------------------------------------
// Places

/// The countries of `中美關係`, and what may follow two of them.
const PAIRED: &str = "中美日韓韩英法德俄台印";
static GPE_PAIR_PATTERN: LazyLock<String> = LazyLock::new(|| {
    format!("[{PAIRED}][{PAIRED}](?:關係|关系|貿易|贸易|會談|会谈|峰會|峰会|合作|競爭|竞争|雙方|双方|兩國|两国|之間|之间|對抗|对抗|脫鉤|脱钩|談判|谈判|關稅|关税|元首|外長|外长|貿易戰|贸易战|戰略|战略)")
});
static GPE_PAIR: LazyLock<HanLed> =
    LazyLock::new(|| HanLed::new(&GPE_PAIR_PATTERN, PAIRED, PAIRED));
/// The verbs of `對美投資`, the countries after them, and what may follow.
const TOWARDS: &str = "對对赴訪访駐驻抵返在來来離离";
const VISITED_ON_BUSINESS: &str = "美日韓韩英法德俄台";
static GPE_AFTER_VERB_PATTERN: LazyLock<String> = LazyLock::new(|| {
    format!("[{TOWARDS}][{VISITED_ON_BUSINESS}](?:投資|投资|出口|進口|进口|關稅|关税|制裁|貿易|贸易|政策|留學|留学|上市|國債|国债|軍售|军售|工作|期間|期间|旅遊|旅游|友好|強硬|强硬|施壓|施压|談判|谈判|訪問|访问|發動|发动)")
});
static GPE_AFTER_VERB: LazyLock<HanLed> =
    LazyLock::new(|| HanLed::new(&GPE_AFTER_VERB_PATTERN, TOWARDS, VISITED_ON_BUSINESS));

/// The fixed part of the frames `美方`, `全台`, `訪台`: single characters.
const GPE_FRAME_CHARS: &[&str] = &[
    "方", "全", "訪", "访", "赴", "抵", "返", "來", "来", "離", "离",
];
static GPE_FRAMES: LazyLock<HanWords> =
    LazyLock::new(|| HanWords::new(GPE_FRAME_CHARS.iter().copied()));

/// Everything [`HanCues`] holds, found in one reading of the Han regions.
static HAN_SCAN: LazyLock<HanScan<'static, 9>> = LazyLock::new(|| {
    HanScan::new([
        &*HAN_TITLES,
        &*SPEECH,
        &*GPE_PAIR,
        &*GPE_AFTER_VERB,
        &*GPE_FRAMES,
        &*PRODUCT_HEAD,
        &*CN_EVENT,
        &*CN_ORG_SUFFIX,
        &*CN_ORG_HEAD,
    ])
});

/// What one reading of the Han regions finds (see [`HanScan`]).
struct HanCues {
    /// [`HAN_TITLES`].
    titles: Vec<Range<usize>>,
    /// [`SPEECH`].
    speech: Vec<Range<usize>>,
    /// [`GPE_PAIR`].
    pairs: Vec<Range<usize>>,
    /// [`GPE_AFTER_VERB`].
    after_verbs: Vec<Range<usize>>,
    /// [`GPE_FRAMES`].
    frames: Vec<Range<usize>>,
    /// [`PRODUCT_HEAD`].
    product_heads: Vec<Range<usize>>,
    /// [`CN_EVENT`].
    events: Vec<Range<usize>>,
    /// [`CN_ORG_SUFFIX`].
    org_suffixes: Vec<Range<usize>>,
    /// [`CN_ORG_HEAD`].
    org_heads: Vec<Range<usize>>,
}

impl HanCues {
    fn find(ctx: &Context) -> Self {
        let [titles, speech, pairs, after_verbs, frames, product_heads, events, org_suffixes, org_heads] =
            HAN_SCAN.find(ctx.text, &ctx.regions.han);
        HanCues {
            titles,
            speech,
            pairs,
            after_verbs,
            frames,
            product_heads,
            events,
            org_suffixes,
            org_heads,
        }
    }
}

/// Countries abbreviated in `美方` (the side), `全台` (all of), `訪台` (visit).
const SIDES: &str = "美中日韓韩英法德俄台港澳";
const WHOLES: &str = "台港美澳";
const VISITED: &str = "美日韓韩英法德俄台港澳華华";

/// One-character country abbreviations in unambiguous frames: `對美投資`,
/// `中美關係` (each side is its own span), from the matches of [`GPE_PAIR`],
/// [`GPE_AFTER_VERB`] and [`GPE_FRAMES`].
fn gpe_abbreviations(
    text: &str,
    pairs: Vec<Range<usize>>,
    after_verbs: Vec<Range<usize>>,
    frames: Vec<Range<usize>>,
    out: &mut Vec<Candidate>,
) {
    for m in pairs {
        let mut chars = text[m.clone()].char_indices();
        for _ in 0..2 {
            if let Some((i, c)) = chars.next() {
                let at = m.start + i;
                out.push(Candidate::new(at..at + c.len_utf8(), Label::Gpe));
            }
        }
    }
    for m in after_verbs {
        if let Some((i, c)) = text[m.clone()].char_indices().nth(1) {
            let at = m.start + i;
            out.push(Candidate::new(at..at + c.len_utf8(), Label::Gpe));
        }
    }
    for m in frames {
        let cue = char_after(text, m.start).unwrap_or_default();
        // The frame's first character and the abbreviation's range.
        let (first, at, abbr) = if cue == '方' {
            match char_before(text, m.start) {
                Some(c) if SIDES.contains(c) => (c, m.start - c.len_utf8(), c),
                _ => continue,
            }
        } else {
            let allowed = if cue == '全' { WHOLES } else { VISITED };
            match char_after(text, m.end) {
                Some(c) if allowed.contains(c) => (cue, m.end, c),
                _ => continue,
            }
        };
        let s = if cue == '方' { "方" } else { "" };
        let after = at + abbr.len_utf8();
        let frame_start = if cue == '方' { at } else { m.start };
        let before = char_before(text, frame_start);
        // Words, not places: `美元`, `港股`, `台上`, `日本` (a longer name).
        if char_after(text, after).is_some_and(|c| WORD_AFTER_ABBREVIATION.contains(c)) {
            continue;
        }
        let ok = match first {
            // `美方`, `中方` open a clause: `量產 美方補助`, `，中方表示`.
            _ if s.ends_with('方') => {
                !before
                    .is_some_and(|c| is_han(c) && !"與与和及對对向同跟據据但而稱称指".contains(c))
                    && !char_after(text, at + abbr.len_utf8() + '方'.len_utf8())
                        .is_some_and(|c| "案法式向面便針针位形塊块程略陣阵圓圆".contains(c))
            }
            // `全台`, `全港`, but `安全港` is a harbour of another kind.
            '全' => !before.is_some_and(|c| "安完健齊齐周".contains(c)),
            // `來日` is "days to come"; `未來美好` is no visit.
            '來' | '来' | '離' | '离' => {
                abbr != '日' && !before.is_some_and(|c| "未將将原本從从後后以近距分隔".contains(c))
            }
            '訪' | '访' => !before.is_some_and(|c| "採采查走到".contains(c)),
            _ => true,
        };
        if ok {
            out.push(Candidate::new(at..after, Label::Gpe));
        }
    }
}

/// Characters that turn a one-character country abbreviation into part of a
/// common word (`美元`, `港股`, `台階`, `法律`, `日本`).
const WORD_AFTER_ABBREVIATION: &str = "元金股幣币債债食麗丽好術术容妝妆學学感味景女語语文寸里鎊镑雄律規规案院人則则定官庭行性口灣湾區区務务風风階阶積积電电上下本前後后子期常益圓圆國国北中南東东西島岛劇剧";

// ---------------------------------------------------------------------------
// Speakers, datelines, brands and events

pub(crate) static QUOTED_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:said|says|added|according to) [A-Z][a-zà-öø-ÿ]+(?:[ \-][A-Z][a-zà-öø-ÿ]+){1,2},",
    )
    .expect("speaker pattern is valid")
});

/// `…," said Katharine Neiss, chief economist`: two or three name words
/// between a verb of saying and an appositive comma.
fn quoted_speakers(ctx: &Context, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    for m in find_led_by_literals(&QUOTED_SPEAKER, text, &ctx.regions.capitalised) {
        if char_before(text, m.start).is_some_and(is_word_char) {
            continue;
        }
        let s = &text[m.clone()];
        let name_at = m.start + s.find(|c: char| c.is_ascii_uppercase()).unwrap_or(0);
        let name = name_at..m.end - 1;
        let words_ok = text[name.clone()]
            .split([' ', '-'])
            .all(|w| !is_not_name(w) && !NOT_ORG_HEADS.contains(&w));
        if words_ok && gazetteer::label_of(&text[name.clone()]).is_none() {
            out.push(Candidate::new(name, Label::Person));
        }
    }
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,2})(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?: \([A-Za-z ]+\))? ?(?:—|–|--)")
        .expect("dateline pattern is valid")
});

/// Capitals that open a line of news but name no place.
const NOT_DATELINES: &[&str] = &[
    "UPDATE",
    "BREAKING",
    "EXCLUSIVE",
    "ANALYSIS",
    "OPINION",
    "WATCH",
    "LIVE",
    "NOTE",
    "EDITOR'S",
    "CORRECTION",
    "FILE",
    "PHOTO",
    "VIDEO",
];

/// `SANTA CLARA, California —`, `FRANKFURT —`: the place a report is filed
/// from, in capitals at the start of a line.
fn datelines(text: &str, out: &mut Vec<Candidate>) {
    let mut line_start = 0;
    for line in text.split('\n') {
        let at = line_start;
        line_start += line.len() + 1;
        // Most lines open with a capitalised word (`The`): only a word in
        // capitals is worth the regex.
        let bytes = line.as_bytes();
        if bytes.len() < 4 || !bytes[0].is_ascii_uppercase() || !bytes[1].is_ascii_uppercase() {
            continue;
        }
        // A dateline is short: look at the first few dozen bytes only.
        let mut head = line.len().min(96);
        while !line.is_char_boundary(head) {
            head -= 1;
        }
        let Some(caps) = DATELINE.captures(&line[..head]) else {
            continue;
        };
        let Some(place) = caps.get(1) else {
            continue;
        };
        let words = place.as_str();
        let known = gazetteer::label_of(words);
        if words.len() >= 4
            && !NOT_DATELINES.contains(&words)
            && matches!(known, None | Some(Label::Gpe))
        {
            out.push(Candidate::new(
                at + place.start()..at + place.end(),
                Label::Gpe,
            ));
        }
    }
}

/// `小米 SU7`: a Chinese brand and a model code are one product name.
fn brand_models(text: &str, known: &[Hit], out: &mut Vec<Candidate>) {
    for hit in known {
        let han_brand = text[hit.range.clone()].chars().all(is_han);
        if hit.label != Some(Label::Org) || !han_brand {
            continue;
        }
        let at = skip_spaces(text, hit.range.end, 1);
        let code = text[at..]
            .char_indices()
            .take_while(|&(_, c)| c.is_ascii_alphanumeric())
            .last()
            .map_or(at, |(i, c)| at + i + c.len_utf8());
        let s = &text[at..code];
        let letters = s.chars().take_while(char::is_ascii_uppercase).count();
        let digits = s[letters..]
            .chars()
            .take_while(char::is_ascii_digit)
            .count();
        let rest = s.len() - letters - digits;
        // `輝達 H100`: a code sold under its own name stays its own product.
        let own_name = gazetteer::label_of(s).is_some();
        if (1..=3).contains(&letters) && (1..=3).contains(&digits) && rest <= 1 && !own_name {
            out.push(Candidate::new(hit.range.start..code, Label::Product));
        }
    }
}

/// Kinds of product a Latin name can follow (found as their alternation
/// would find them).
#[rustfmt::skip]
const PRODUCT_HEADS: &[&str] = &[
    "模型", "晶片", "芯片", "處理器", "处理器", "手機", "手机", "聊天機器人", "聊天机器人", "作業系統",
    "操作系统", "電池", "电池", "車型", "车型",
];
static PRODUCT_HEAD: LazyLock<HanWords> =
    LazyLock::new(|| HanWords::new(PRODUCT_HEADS.iter().copied()));

/// `繁中模型 TAIDE`, `新款手機 Pixel`: a Latin name in apposition after the
/// kind of product it is.
fn product_appositions(text: &str, heads: Vec<Range<usize>>, out: &mut Vec<Candidate>) {
    for m in heads {
        let at = skip_spaces(text, m.end, 1);
        if let Some(name) = latin_brand_at(text, at) {
            if gazetteer::label_of(&text[name.clone()]).is_none_or(|l| l == Label::Product) {
                out.push(Candidate::new(name, Label::Product));
            }
        }
    }
}

/// Kinds of Chinese event (found as their alternation would find them).
#[rustfmt::skip]
const CN_EVENTS: &[&str] = &[
    "車展", "车展", "博覽會", "博览会", "博會", "博会", "交會", "交会", "展覽會", "展览会", "交易會",
    "交易会", "峰會", "峰会", "論壇", "论坛", "大會", "大会", "電影節", "电影节", "藝術節", "艺术节",
    "音樂節", "音乐节", "書展", "书展", "電腦展", "电脑展", "航展", "運動會", "运动会", "錦標賽",
    "锦标赛", "馬拉松", "马拉松",
];
static CN_EVENT: LazyLock<HanWords> = LazyLock::new(|| HanWords::new(CN_EVENTS.iter().copied()));

/// `台北國際車展` (a place, then the kind of event), `第 20 屆上海國際汽車
/// 工業展覽會` (an edition number before the name).
fn chinese_events(text: &str, kinds: Vec<Range<usize>>, known: &[Hit], out: &mut Vec<Candidate>) {
    for m in kinds {
        let end = m.end;
        // `大會堂` is a hall, `峰會上` is fine.
        if char_after(text, end).is_some_and(|c| "堂場场室廳厅主秘".contains(c)) {
            continue;
        }
        // Walk back over the name: Han characters up to a particle.
        let mut start = m.start;
        let mut count = 0;
        while let Some(c) = char_before(text, start) {
            if !is_han(c) || NAME_STOP_SET.contains(c) || matches!(c, '屆' | '届') || count == 10
            {
                break;
            }
            start -= c.len_utf8();
            count += 1;
        }
        // An edition: `第七屆`, `第 135 届` right before the name.
        let before = skip_spaces_back(text, start, 1);
        let edition = text[..before].ends_with(['屆', '届'])
            && text[..before].rfind('第').is_some_and(|i| before - i <= 12);
        // Or a known place or organisation at the very start of the name.
        let first = known.partition_point(|h| h.range.start < start);
        let placed = known[first..].first().is_some_and(|h| {
            h.range.start == start
                && h.range.end <= m.start
                && matches!(h.label, Some(Label::Gpe | Label::Loc | Label::Org))
        });
        let middle = count;
        if (edition && (1..=10).contains(&middle)) || (placed && middle <= 8) {
            out.push(Candidate::new(start..end, Label::Event));
        }
    }
}

pub(crate) static EN_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new("Summit|Conference|Expo|Festival|Fair|Olympics|Games|Championships|Championship|Congress|Tour|Show|Week|Marathon|Open")
        .expect("event pattern is valid")
});

/// Events need a year or an edition: `Web Summit 2024`, `2024 Paris Olympics`,
/// `the 21st World Energy Congress`. The kind of event is searched for as a
/// literal, then the name is read backwards: a pattern that starts with a
/// capital would try every capital in the text.
fn english_events(ctx: &Context, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    for m in find_led_by_literals(&EN_EVENT, text, &ctx.regions.capitalised) {
        if char_before(text, m.start).is_some_and(is_word_char)
            || char_after(text, m.end).is_some_and(is_word_char)
        {
            continue;
        }
        // Up to four capitalised words before the kind.
        let mut start = m.start;
        for _ in 0..4 {
            let prev = skip_spaces_back(text, start, 1);
            if prev == start {
                break;
            }
            let Some(word) = word_before(text, prev) else {
                break;
            };
            let w = &text[word.clone()];
            if !w.starts_with(|c: char| c.is_ascii_uppercase()) || is_not_name(w) {
                break;
            }
            start = word.start;
        }
        if start == m.start {
            continue;
        }
        let mut end = m.end;
        let year_at = |at: usize| {
            text.is_char_boundary(at)
                && text.len() >= at + 4
                && text.as_bytes()[at..at + 4].iter().all(u8::is_ascii_digit)
                && !char_after(text, at + 4).is_some_and(is_word_char)
        };
        let mut year = false;
        if text[m.end..].starts_with(' ') && year_at(m.end + 1) {
            end = m.end + 5;
            year = true;
        }
        let head_end = skip_spaces_back(text, start, 1);
        if head_end < start
            && head_end >= 4
            && year_at(head_end - 4)
            && !char_before(text, head_end - 4).is_some_and(is_word_char)
        {
            start = head_end - 4;
            year = true;
        }
        let head = text[..skip_spaces_back(text, start, 1)].trim_end();
        let ordinal = ["st", "nd", "rd", "th"].iter().any(|o| {
            head.ends_with(o) && head[..head.len() - 2].ends_with(|c: char| c.is_ascii_digit())
        }) || head.ends_with("annual");
        if year || ordinal {
            out.push(Candidate::new(start..end, Label::Event));
        }
    }
}

// ---------------------------------------------------------------------------
// Names that follow from other names

/// Facilities and units after a place abroad: `巴西卡馬薩里基地`.
const SITE_WORDS: &[&str] = &[
    "工廠", "工厂", "廠", "厂", "基地", "總部", "总部", "園區", "园区", "港口", "機場", "机场",
];

/// `匈牙利德布勒森的工廠`, `美國亞利桑那州`: a transliterated name right after a
/// known country is a place in it when a site word or `州`/`市` follows.
fn places_in_country(text: &str, known: &[Hit], out: &mut Vec<Candidate>) {
    for hit in known {
        if hit.label != Some(Label::Gpe) {
            continue;
        }
        let at = hit.range.end;
        let han = han_chars(text, at, 7);
        let translit = han
            .iter()
            .take_while(|&&(_, c)| TRANSLIT_SET.contains(c))
            .count();
        let run = &han[..translit];
        if !(3..=6).contains(&run.len()) {
            continue;
        }
        // The name may end before any of its last characters: try each end.
        for k in (3..=run.len()).rev() {
            let end = run[k - 1].0 + run[k - 1].1.len_utf8();
            let rest = &text[end..];
            if rest.starts_with(['州', '市', '省']) {
                out.push(Candidate::new(at..end + 3, Label::Gpe));
                break;
            }
            let rest = rest.strip_prefix('的').unwrap_or(rest);
            if SITE_WORDS.iter().any(|w| rest.starts_with(w)) {
                out.push(Candidate::new(at..end, Label::Gpe));
                break;
            }
        }
    }
}

/// Prepositions before a place named with its state or country.
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "near", "from", "outside", "to", "of"];

/// `built in Salamanca, Mexico`, `an engine plant in Lafayette, Indiana`:
/// capitalised words between a preposition and `, <known place>` are a
/// place in it.
fn places_before_places(text: &str, known: &[Hit], out: &mut Vec<Candidate>) {
    for hit in known {
        if hit.label != Some(Label::Gpe) || !text[hit.range.clone()].is_ascii() {
            continue;
        }
        let Some(end) = text[..hit.range.start].strip_suffix(", ").map(str::len) else {
            continue;
        };
        let Some(name) = latin_name_before(text, end) else {
            continue;
        };
        let prev = skip_spaces_back(text, name.start, 1);
        let after_preposition = prev + 1 == name.start
            && word_before(text, prev).is_some_and(|w| PLACE_PREPOSITIONS.contains(&&text[w]));
        let words = &text[name.clone()];
        let plain = words.split(' ').all(|w| !NOT_ORG_HEADS.contains(&w));
        if after_preposition && plain && gazetteer::label_of(words).is_none() {
            out.push(Candidate::new(name, Label::Gpe));
        }
    }
}

/// Heads that end the name of an institution after a place: `河南省財政廳`,
/// `上海航運交易所`, `澳門航空`. Longest first; one-character heads need a
/// field of two or more characters before them (`財政廳`, not `南部`).
#[rustfmt::skip]
const PLACE_ORG_HEADS: &[&str] = &[
    "委員會", "委员会", "交易所", "管理局", "研究院", "研究所", "檢察院", "检察院", "電視台", "电视台",
    "航空", "大學", "大学", "醫院", "医院", "法院", "協會", "协会", "日報", "日报", "銀行", "银行",
    "證券", "证券", "廳", "厅", "局", "署", "部",
];

/// Characters that make the words between a place and a head a description,
/// not the field of an institution (`中國最大銀行`, `各省財政廳`, `西南部`).
/// A `match` rather than a string scan: it runs on every character after
/// every known place.
fn is_place_org_middle_stop(c: char) -> bool {
    matches!(
        c,
        '最' | '大'
            | '小'
            | '各'
            | '該'
            | '该'
            | '此'
            | '這'
            | '这'
            | '一'
            | '二'
            | '三'
            | '多'
            | '家'
            | '個'
            | '个'
            | '所'
            | '有'
            | '新'
            | '舊'
            | '旧'
            | '首'
            | '其'
            | '另'
            | '每'
            | '某'
            | '後'
            | '后'
            | '前'
            | '再'
            | '上'
            | '下'
            | '中'
            | '東'
            | '东'
            | '西'
            | '南'
            | '北'
            | '內'
            | '内'
            | '外'
            | '全'
            | '總'
            | '总'
    )
}

/// The first characters of [`PLACE_ORG_HEADS`].
fn starts_place_org_head(c: char) -> bool {
    matches!(
        c,
        '委' | '交'
            | '管'
            | '研'
            | '檢'
            | '检'
            | '電'
            | '电'
            | '航'
            | '大'
            | '醫'
            | '医'
            | '法'
            | '協'
            | '协'
            | '日'
            | '銀'
            | '银'
            | '證'
            | '证'
            | '廳'
            | '厅'
            | '局'
            | '署'
            | '部'
    )
}

/// Characters after a head that make it part of another word (`部分`,
/// `局面`, `航空業`) or of an office title (`部長`).
const PLACE_ORG_HEAD_BLOCKERS: &str =
    "分門门署隊队落位面勢势限長长業业界股市場场運运貨货客器物站港";

/// `河南省財政廳`, `鄭州市住房保障和房地產管理局`, `上海航運交易所`,
/// `澳門航空`: a known place, an optional `省`/`市`/`縣`, a short field and
/// an institution head are one organisation. `熊本縣`: a known place and
/// its `省`/`縣`/`州` with no head is one place.
fn place_institutions(text: &str, known: &[Hit], out: &mut Vec<Candidate>) {
    for hit in known {
        if hit.label != Some(Label::Gpe) || !text[hit.range.clone()].chars().all(is_han) {
            continue;
        }
        let mut at = hit.range.end;
        let admin = char_after(text, at).filter(|&c| {
            "省縣县州市".contains(c) && !text[..at].ends_with(['省', '縣', '县', '州', '市'])
        });
        if let Some(c) = admin {
            let next = char_after(text, at + c.len_utf8());
            let word = match c {
                '市' => next.is_some_and(|n| "場场值民面况況長长".contains(n)),
                _ => next.is_some_and(|n| "長长委份會会".contains(n)),
            };
            if word {
                continue;
            }
            at += c.len_utf8();
        }
        let mut found = None;
        let mut pos = at;
        for _ in 0..=10 {
            let rest = &text[pos..];
            // The first characters of the heads: most positions start none.
            let head_here = char_after(text, pos).is_some_and(starts_place_org_head);
            let head = head_here
                .then(|| PLACE_ORG_HEADS.iter().find(|h| rest.starts_with(**h)))
                .flatten();
            if let Some(head) = head {
                let middle = text[at..pos].chars().count();
                let end = pos + head.len();
                let blocked =
                    char_after(text, end).is_some_and(|c| PLACE_ORG_HEAD_BLOCKERS.contains(c));
                let short = head.chars().count() == 1 && middle < 2;
                if !blocked && !short {
                    let end = if text[end..].starts_with("公司") {
                        end + "公司".len()
                    } else {
                        end
                    };
                    found = Some(end);
                }
                break;
            }
            let Some(c) = char_after(text, pos) else {
                break;
            };
            if !is_han(c) || is_place_org_middle_stop(c) || (c != '和' && NAME_STOP_SET.contains(c))
            {
                break;
            }
            pos += c.len_utf8();
        }
        match (found, admin) {
            (Some(end), _) => out.push(Candidate::new(hit.range.start..end, Label::Org)),
            (None, Some(c)) if c != '市' => {
                out.push(Candidate::new(hit.range.start..at, Label::Gpe));
            }
            _ => {}
        }
    }
}

/// Words that end the name of a public body in English.
const AGENCY_WORDS: &[&str] = &[
    "Administration",
    "Agency",
    "Commission",
    "Department",
    "Ministry",
    "Office",
    "Service",
    "Bureau",
    "Authority",
    "Reserve",
    "Council",
    "Institute",
    "Exchange",
    "Bank",
    "Court",
    "Board",
    "Treasury",
    "Survey",
    "Police",
];

/// `U.S. Food and Drug Administration`, `UK Competition and Markets
/// Authority`: a known place right before a known public body is part of it.
fn agencies_of_places(text: &str, known: &[Hit], out: &mut Vec<Candidate>) {
    for (place, body) in neighbours(known, Label::Gpe, Label::Org) {
        if body.range.start != place.range.end + 1
            || !text[place.range.end..].starts_with(' ')
            || !text[place.range.clone()].is_ascii()
        {
            continue;
        }
        let name = &text[body.range.clone()];
        let last = name.rsplit(' ').next().unwrap_or_default();
        if name.contains(' ') && AGENCY_WORDS.contains(&last) {
            out.push(Candidate::new(
                place.range.start..body.range.end,
                Label::Org,
            ));
        }
    }
}

/// `新鴻基地產（新地）`, `執行長傅凱（Christophe Fouquet）`, `Securities and
/// Exchange Commission (SEC)`: a name in brackets right after an organisation
/// or person is another name for it.
fn parenthesised_aliases(text: &str, first: usize, out: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    for c in &out[first..] {
        if !matches!(c.label, Label::Org | Label::Person) {
            continue;
        }
        let full = &text[c.range.clone()];
        let at = skip_spaces(text, c.range.end, 1);
        if let Some(alias) = paren_latin(text, at) {
            if c.label == Label::Person && !text[alias.clone()].split(' ').all(is_name_word) {
                continue;
            }
            found.push(Candidate::new(alias, c.label));
            continue;
        }
        // A Han abbreviation: its characters appear in the full name, in order.
        let Some(open) = char_after(text, at).filter(|c| matches!(c, '（' | '(')) else {
            continue;
        };
        let start = at + open.len_utf8();
        let run = han_chars(text, start, 9);
        let Some(&(last, lc)) = run.last() else {
            continue;
        };
        let end = last + lc.len_utf8();
        let closed = char_after(text, end).is_some_and(|c| matches!(c, '）' | ')'));
        let mut rest = full.chars();
        let abbreviates = run.iter().all(|&(_, ch)| rest.any(|f| f == ch));
        if c.label == Label::Org
            && closed
            && (2..run.len().max(2) + 1).contains(&run.len())
            && run.len() < full.chars().count()
            && abbreviates
        {
            found.push(Candidate::new(start..end, Label::Org));
        }
    }
    out.extend(found);
}

/// How many surnames of people found by rule are looked for on their own:
/// each is checked against the whole text, so their number is bounded.
const MAX_SURNAMES: usize = 32;

/// The surname of `name` (`Kjærgaard` of `Mette Kjærgaard`), to be found on
/// its own elsewhere in `text`: a capitalised word that no list knows, that
/// is no given name, and that `text` does not also use in lower case
/// (`Young`, `Rich` are words too). The last check reads the whole text, with
/// a fast substring search; [`MAX_SURNAMES`] bounds how often.
fn latin_surname<'t>(text: &str, name: &'t str) -> Option<&'t str> {
    let (_, last) = name.rsplit_once(' ')?;
    let ok = last.chars().count() >= 3
        && is_name_word(last)
        && gazetteer::label_of(last).is_none()
        && !GIVEN_NAME_SET.0.contains(last)
        && !text.contains(&last.to_lowercase());
    ok.then_some(last)
}

/// Every further mention of a person or organisation that a rule found
/// once: `董事長曾文生表示……曾文生說`; for English names, of the surname too
/// (`Mette Kjærgaard said … Kjærgaard's team`). One search finds them all.
fn repeated_names(text: &str, rules_from: usize, out: &mut Vec<Candidate>) {
    let mut names: Vec<(&str, Option<Label>)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut surnames = 0;
    for c in &out[rules_from..] {
        let name = &text[c.range.clone()];
        let han = name.chars().filter(|&ch| is_han(ch)).count();
        let worth = match c.label {
            Label::Person => han >= 2 || name.contains(' '),
            Label::Org => han >= 3 || (han == 0 && name.len() >= 3),
            _ => false,
        };
        if worth && seen.insert(name) {
            names.push((name, Some(c.label)));
            if c.label == Label::Person && surnames < MAX_SURNAMES {
                if let Some(surname) = latin_surname(text, name).filter(|s| seen.insert(s)) {
                    surnames += 1;
                    names.push((surname, Some(Label::Person)));
                }
            }
        }
    }
    if names.is_empty() {
        return;
    }
    for hit in Terms::new(names).find(text) {
        // `TCS (TCS.NS)`: the stock code is no mention.
        if let Some(label) = hit.label.filter(|_| !is_ticker(text, &hit)) {
            out.push(Candidate::new(hit.range, label));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Label::*;

    /// Runs the detector and the real overlap resolution, and lists what
    /// remains as (text, label), ignoring nothing.
    fn spans(input: &str, config: &Config) -> Vec<(String, Label)> {
        crate::analysis::analyze(input, config)
            .spans
            .into_iter()
            .filter(|s| !s.label.is_numeric())
            .map(|s| (s.text, s.label))
            .collect()
    }

    fn check(input: &str, expected: &[(&str, Label)]) {
        let want: Vec<(String, Label)> =
            expected.iter().map(|&(t, l)| (t.to_string(), l)).collect();
        assert_eq!(spans(input, &Config::default()), want, "{input}");
    }

    #[test]
    fn seed_like_sentences() {
        // The seed-style sentences (微軟 CEO 納德拉…, Mistral 達成…) in all
        // three writings are checked once, in tests/entities_and_sections.rs.
        check("創始人 Arthur Mensch 透露", &[("Arthur Mensch", Person)]);
        check("创始人 Arthur Mensch 透露", &[("Arthur Mensch", Person)]);
        check(
            "OpenAI 首席運營官 Brad Lightcap 曾透露",
            &[("OpenAI", Org), ("Brad Lightcap", Person)],
        );
        check(
            "Mistral CEO Arthur 表示",
            &[("Mistral", Org), ("Arthur", Person)],
        );
        check(
            "通過 Azure AI Studio 和 Azure 機器學習",
            &[("Azure AI Studio", Product), ("Azure", Product)],
        );
        check("比 GPT-4 最新版便宜 20%", &[("GPT-4", Product)]);
        check("在线聊天機器人平台是 Le Chat。", &[("Le Chat", Product)]);
        check("包括歐洲公共部門工作負載", &[("歐洲", Loc)]);
        check("包括欧洲公共部门工作负载", &[("欧洲", Loc)]);
        check(
            "企業版測試版用戶包括移動支付公司 Block 和化妝品公司雅詩蘭黛等。",
            &[("Block", Org), ("雅詩蘭黛", Org)],
        );
        check(
            "企业版测试版用户包括移动支付公司 Block 和化妆品公司雅诗兰黛等。",
            &[("Block", Org), ("雅诗兰黛", Org)],
        );
        check(
            "Le Chat 在法語裏相當於英語 The Cat",
            &[("Le Chat", Product)],
        );
        check(
            "在 MMLU 考試中拿 80 分以上,僅次於 Claude 2",
            &[("MMLU", Product), ("Claude 2", Product)],
        );
    }

    #[test]
    fn titles_stay_outside_people() {
        check("President Biden's plan", &[("Biden", Person)]);
        check(
            "founder Jane Doe and Dr. John Smith",
            &[("Jane Doe", Person), ("John Smith", Person)],
        );
        check("董事長黃仁勳表示", &[("黃仁勳", Person)]);
        check("总经理王强在会上说", &[("王强", Person)]);
        check("總統拜登訪問", &[("拜登", Person)]);
        check("首席執行官薩蒂亞·納德拉", &[("薩蒂亞·納德拉", Person)]);
        check("阿爾特曼表示,", &[("阿爾特曼", Person)]);
        check("發言人表示", &[]);
        check("總統大選、主席台、部長級會議", &[]);
        check("總裁周一表示", &[]);
        check("CEOs and the president said", &[]);
    }

    #[test]
    fn english_names_need_evidence() {
        check("But Nadella said the deal", &[("Nadella", Person)]);
        check("Analysts said", &[]);
        check(
            "The Cat sat. In Paris, Sam Altman told reporters",
            &[("Paris", Gpe), ("Sam Altman", Person)],
        );
        check("Blue Horizon Widgets shipped", &[]);
        check("Microsoft said", &[("Microsoft", Org)]);
    }

    #[test]
    fn organisations_by_suffix() {
        check(
            "Goldman Sachs Group Inc. and Acme Corp.",
            &[("Goldman Sachs Group Inc.", Org), ("Acme Corp.", Org)],
        );
        check("The Bank of America said", &[("Bank of America", Org)]);
        check(
            "Mistral 公司和 Stability AI 公司",
            &[("Mistral", Org), ("Stability AI", Org)],
        );
        check(
            "阿里巴巴集團與中國建設銀行",
            &[("阿里巴巴集團", Org), ("中國建設銀行", Org)],
        );
        check(
            "阿里巴巴集团与中国建设银行",
            &[("阿里巴巴集团", Org), ("中国建设银行", Org)],
        );
        check("該公司與這家公司、初創公司、大模型公司", &[]);
        check("美國科技公司和 AI 公司", &[("美國", Gpe)]);
    }

    #[test]
    fn products_and_events() {
        check(
            "H100 and A100 chips, Llama 3.1, Gemini 1.5 Pro",
            &[
                ("H100", Product),
                ("A100", Product),
                ("Llama 3.1", Product),
                ("Gemini 1.5 Pro", Product),
            ],
        );
        check(
            "CES 2024 and re:Invent",
            &[("CES 2024", Event), ("re:Invent", Event)],
        );
        check("COVID-19 in Q3 and Chapter 3", &[]);
    }

    #[test]
    fn places() {
        check(
            "對美投資與中美關係",
            &[("美", Gpe), ("中", Gpe), ("美", Gpe)],
        );
        check("美麗的台北與臺北", &[("台北", Gpe), ("臺北", Gpe)]);
        check(
            "U.S. firms in the United States",
            &[("U.S.", Gpe), ("United States", Gpe)],
        );
        check("北京時間 23 點", &[]);
    }

    #[test]
    fn more_titles_and_bracketed_names() {
        for (input, expected) in [
            ("財政司司長周國強同日表示", &[("周國強", Person)][..]),
            ("财政司司长周国强同日表示", &[("周国强", Person)]),
            ("海關副署長林志明說", &[("林志明", Person)]),
            ("协会副秘书长陈立新指出", &[("陈立新", Person)]),
            (
                "執行長祈文山（Arno Keller）宣布",
                &[("祈文山", Person), ("Arno Keller", Person)],
            ),
            (
                "执行长祈文山（Arno Keller）宣布",
                &[("祈文山", Person), ("Arno Keller", Person)],
            ),
            (
                "chief financial officer Dana Whitfield guided",
                &[("Dana Whitfield", Person)],
            ),
            ("財政部長雷蒙多表示", &[("雷蒙多", Person)]),
        ] {
            check(input, expected);
        }
    }

    #[test]
    fn a_name_found_once_is_found_again() {
        check(
            "董事長曾文山表示，漲價勢在必行。\n曾文山說，明年再議。",
            &[("曾文山", Person), ("曾文山", Person)],
        );
        check(
            "董事长曾文山表示，涨价势在必行。\n曾文山说，明年再议。",
            &[("曾文山", Person), ("曾文山", Person)],
        );
        check(
            "founder Dana Whitfield spoke. Later Dana Whitfield left.",
            &[("Dana Whitfield", Person), ("Dana Whitfield", Person)],
        );
    }

    #[test]
    fn speakers_after_said() {
        check(
            "\"It is early,\" said Marta Oyelaran, an economist at the fund.",
            &[("Marta Oyelaran", Person)],
        );
        check(
            "according to Lim Boon Keat, who",
            &[("Lim Boon Keat", Person)],
        );
        check("said Hong Kong, which", &[("Hong Kong", Gpe)]);
        check("said Generative Models, a unit", &[]);
        check("Taylor Brennan's album", &[("Taylor Brennan", Person)]);
        check(
            "the Lisbon Tourism Board said on Monday",
            &[("Lisbon Tourism Board", Org)],
        );
    }

    #[test]
    fn datelines_name_places() {
        check(
            "TOULOUSE, France — Airbus said",
            &[("TOULOUSE", Gpe), ("France", Gpe), ("Airbus", Org)],
        );
        check("Title\n\nPORT LOUIS — The bank", &[("PORT LOUIS", Gpe)]);
        check("UPDATE — new figures", &[]);
        check("The CEO — who", &[]);
    }

    #[test]
    fn organisations_by_rule() {
        for (input, expected) in [
            (
                "鴻海旗下鴻瑞精密（Hongray）週三宣布",
                &[("鴻海", Org), ("鴻瑞精密", Org), ("Hongray", Org)][..],
            ),
            (
                "鸿海旗下鸿瑞精密（Hongray）周三宣布",
                &[("鸿海", Org), ("鸿瑞精密", Org), ("Hongray", Org)],
            ),
            (
                "裕隆旗下 V-CHARGE 總經理表示",
                &[("裕隆", Org), ("V-CHARGE", Org)],
            ),
            ("與當地能源集團 PTT 合資", &[("PTT", Org)]),
            ("与当地能源集团 PTT 合资", &[("PTT", Org)]),
            ("第三方機構雲圖數據統計，", &[("雲圖數據", Org)]),
            ("第三方机构云图数据统计，", &[("云图数据", Org)]),
            ("機構今年預測", &[]),
            ("跨境平台 Zalora 已進入", &[("Zalora", Org)]),
            ("小米汽車首款車型", &[("小米汽車", Org)]),
            ("小米汽车首款车型", &[("小米汽车", Org)]),
            ("小米科技股價", &[("小米", Org)]),
            ("日本電力公司 KEPCO 宣布", &[("日本", Gpe), ("KEPCO", Org)]),
            ("日本电力公司 KEPCO 宣布", &[("日本", Gpe), ("KEPCO", Org)]),
            (
                "交通銀行（交行）副行長",
                &[("交通銀行", Org), ("交行", Org)],
            ),
            (
                "交通银行（交行）副行长",
                &[("交通银行", Org), ("交行", Org)],
            ),
            ("輝達（NVDA）", &[("輝達", Org)]),
        ] {
            check(input, expected);
        }
        check(
            "Moonrise Labs and Harbor Airlines joined Hollis Properties",
            &[
                ("Moonrise Labs", Org),
                ("Harbor Airlines", Org),
                ("Hollis Properties", Org),
            ],
        );
        check("Generative AI and Venture Capital", &[]);
        check("Cobalt AI raised funds", &[("Cobalt AI", Org)]);
        check("商務部長表示，商務部將", &[("商務部", Org)]);
    }

    #[test]
    fn products_by_rule() {
        for (input, expected) in [
            ("正式推出小米 SX9。", &[("小米 SX9", Product)][..]),
            (
                "輝達 H100 與 H200",
                &[("輝達", Org), ("H100", Product), ("H200", Product)],
            ),
            ("把繁中模型 BLOOMZ 擴大", &[("BLOOMZ", Product)]),
            ("把中文模型 BLOOMZ 扩大", &[("BLOOMZ", Product)]),
            (
                "The Model C and Model 3",
                &[("Model C", Product), ("Model 3", Product)],
            ),
            ("the A18 Pro chip", &[("A18 Pro", Product)]),
        ] {
            check(input, expected);
        }
    }

    #[test]
    fn events_by_rule() {
        for (input, expected) in [
            ("在台北國際車展發表", &[("台北國際車展", Event)][..]),
            ("在台北国际车展发表", &[("台北国际车展", Event)]),
            ("第七屆深圳文博會開幕", &[("深圳文博會", Event)]),
            ("第七届深圳文博会开幕", &[("深圳文博会", Event)]),
            ("香港大會堂", &[("香港", Gpe)]),
            ("在大會上說", &[]),
            (
                "at the 2025 Lisbon Web Summit",
                &[("2025 Lisbon Web Summit", Event)],
            ),
            (
                "the 21st World Energy Congress",
                &[("World Energy Congress", Event)],
            ),
            ("Energy Summit members", &[]),
        ] {
            check(input, expected);
        }
    }

    #[test]
    fn abbreviated_places_in_frames() {
        for (input, expected) in [
            ("量產 美方補助", &[("美", Gpe)][..]),
            ("，中方表示", &[("中", Gpe)]),
            ("其中方案", &[]),
            ("完美方案", &[]),
            ("上週訪台時透露", &[("台", Gpe)]),
            ("上周访台时透露", &[("台", Gpe)]),
            ("未來美好", &[]),
            ("約占全台 1,450 萬戶", &[("台", Gpe)]),
            ("全港市民", &[("港", Gpe)]),
            ("安全港", &[]),
            ("美元與港股", &[]),
            ("巴西卡馬薩里基地", &[("巴西", Gpe), ("卡馬薩里", Gpe)]),
            ("巴西卡马萨里基地", &[("巴西", Gpe), ("卡马萨里", Gpe)]),
            (
                "匈牙利德布勒森的工廠",
                &[("匈牙利", Gpe), ("德布勒森", Gpe)],
            ),
            ("美國奧克拉荷馬州", &[("美國", Gpe), ("奧克拉荷馬州", Gpe)]),
        ] {
            check(input, expected);
        }
    }

    #[test]
    fn boundaries_and_negatives() {
        check("Metadata on a USB stick", &[]);
        check("MetaMask, Meta's AI", &[("Meta", Org)]);
        check("", &[]);
    }

    #[test]
    fn user_terms_win() {
        let config = Config {
            user_terms: vec![
                ("Le Chat".into(), Person),
                ("貓耳朵".into(), Product),
                ("".into(), Org),
            ],
        };
        assert_eq!(
            spans("Le Chat 的貓耳朵, Le Chatter", &config),
            vec![
                ("Le Chat".to_string(), Person),
                ("貓耳朵".to_string(), Product)
            ]
        );
    }

    #[test]
    fn masks_urls_and_emails() {
        let text = "地址:https://www.utechfun.com/post/338975.html。Mail press@openai.com or see (www.mistral.ai).";
        let got: Vec<&str> = find_masked(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            got,
            vec![
                "https://www.utechfun.com/post/338975.html",
                "press@openai.com",
                "www.mistral.ai"
            ]
        );
        check(
            "see https://openai.com/GPT-4 and Microsoft",
            &[("Microsoft", Org)],
        );
    }

    #[test]
    fn regions_hold_every_match() {
        for text in crate::analysis::script::REGION_EDGE_CASES {
            let regions = crate::analysis::script::survey(text).regions;
            for (re, regions) in [
                (&*TRANSLIT_DOT, &regions.dotted),
                (&*LATIN_TITLE, &regions.latin),
                (&*QUOTED_SPEAKER, &regions.capitalised),
                (&*EN_EVENT, &regions.capitalised),
            ] {
                let whole: Vec<Range<usize>> = re.find_iter(text).map(|m| m.range()).collect();
                let found: Vec<Range<usize>> = find_in(re, text, regions).collect();
                assert_eq!(found, whole, "{re} in {text}");
            }
        }
    }

    #[test]
    fn han_words_and_patterns_match_as_regexes_do() {
        let alternation = |words: &[&str]| Regex::new(&words.join("|")).unwrap();
        let han_titles = longest_first(TITLES.iter().copied().filter(|t| !t.is_ascii()));
        let glued = format!(
            "{}{}{}{}執行長總裁中美關係美日韓關係對美投資對對美國債在台工作中中美美關係",
            TITLES.concat(),
            SPEECH_VERBS.concat(),
            PRODUCT_HEADS.concat(),
            CN_EVENTS.concat() + &CN_ORG_SUFFIXES.concat() + &CN_ORG_HEADS.concat()
        );
        let mut texts = cue_edge_cases();
        texts.push(glued);
        texts.push(crate::SAMPLE_ARTICLE.to_string());
        for text in &texts {
            let regions = crate::analysis::script::survey(text).regions;
            for (re, found) in [
                (
                    alternation(&han_titles),
                    HAN_TITLES.find(text, &regions.han),
                ),
                (alternation(SPEECH_VERBS), SPEECH.find(text, &regions.han)),
                (
                    alternation(PRODUCT_HEADS),
                    PRODUCT_HEAD.find(text, &regions.han),
                ),
                (alternation(CN_EVENTS), CN_EVENT.find(text, &regions.han)),
                (
                    alternation(GPE_FRAME_CHARS),
                    GPE_FRAMES.find(text, &regions.han),
                ),
                (
                    alternation(CN_ORG_SUFFIXES),
                    CN_ORG_SUFFIX.find(text, &regions.han),
                ),
                (
                    alternation(CN_ORG_HEADS),
                    CN_ORG_HEAD.find(text, &regions.han),
                ),
                (
                    Regex::new(&GPE_PAIR_PATTERN).unwrap(),
                    GPE_PAIR.find(text, &regions.han),
                ),
                (
                    Regex::new(&GPE_AFTER_VERB_PATTERN).unwrap(),
                    GPE_AFTER_VERB.find(text, &regions.han),
                ),
            ] {
                let whole: Vec<Range<usize>> = re.find_iter(text).map(|m| m.range()).collect();
                assert_eq!(found, whole, "{re} in {text}");
            }
        }
    }

    /// Texts where the cue-driven searches could go wrong: names glued to
    /// names, cues at region edges, in words, overlapping, or missing.
    fn cue_edge_cases() -> Vec<String> {
        let mut texts: Vec<String> = crate::analysis::script::REGION_EDGE_CASES
            .iter()
            .map(|t| t.to_string())
            .collect();
        texts.extend(
            [
                "Ann Ed Smith, Jean Marie Dupont and McDonald Trump met AnnEd Smith.",
                "Alex Alexander Smith; Alexander Alex Jones; José Núñez; Jürgen Klopp",
                "François Hollande, Valérie X, Dan-Dan Y, Pat\u{A0}Kim, Ed  Miliband, Ed",
                "Smith said Jones said Brown says; But Nadella said. O'Brien told, Jean-Luc warned",
                "saidsaid Xsaid Ysaid said Aa Bb Cc Dd said ’Ab said",
                "Goldman Sachs Group Inc. and Bank of America Corp. Bank of the West, Co. Ltd",
                "U.S. Steel Corp., A.B.C. AI AI AI Labs AI, Department of Commerce of Energy",
                "GPT-4, GPT-4o, H100, A100 Pro, Model S, Model 3, Model Y mini, COVID-19, Q3",
                "Claude 2, Claude 3.5 Sonnet Opus 4, iPhone 15 Pro Max, macOS 14, iOS 17.2",
                "Llama 3.1个, 微軟 Claude 2 與 H100、GPT-4 和 Bank of China 的 CEO Ann Lee said",
                "CEO執行長Chief Executive Officer行政總裁董事長Vice President總裁 chairman主席",
            ]
            .map(String::from),
        );
        // The same words glued and spaced in every combination of two.
        let words = [
            "Ann",
            "Ed",
            "said",
            "Group",
            "Inc.",
            "Bank of",
            "GPT-",
            "4",
            "Model",
            "X",
            "3",
            "the",
            "AI",
            "José",
            ",",
            "-",
            "i",
            "Phone",
            "CEO",
            "執行長",
            "總裁",
            "Chief",
        ];
        for a in words {
            for b in words {
                texts.push(format!("{a}{b} {a} {b}{a} {b} {a}"));
            }
        }
        texts
    }

    #[test]
    fn cue_searches_find_what_the_patterns_find() {
        for text in cue_edge_cases() {
            let text = text.as_str();
            let regions = crate::analysis::script::survey(text).regions;
            let whole = |re: &Regex| -> Vec<Range<usize>> {
                re.find_iter(text).map(|m| m.range()).collect()
            };
            let caps = &regions.capitalised;
            assert_eq!(given_name_matches(text, caps), whole(&GIVEN_NAME), "{text}");
            assert_eq!(said_matches(text, caps), whole(&SAID), "{text}");
            // The cues of the browser build, found in the regions only.
            for (re, cues, part) in [
                (&*SAID, &*SAID_CUES, said_part as fn(char) -> bool),
                (&*ORG_SUFFIX, &*ORG_SUFFIX_CUES, org_suffix_part),
                (&*ORG_OF, &*ORG_OF_CUES, org_of_part),
            ] {
                let mut found = Vec::new();
                find_around(re, text, cues.find_in_regions(text, caps), part, &mut found);
                assert_eq!(found, whole(re), "{re} in {text}");
            }
            let mut orgs = whole(&ORG_SUFFIX);
            orgs.extend(whole(&ORG_OF));
            assert_eq!(org_matches(text, caps), orgs, "{text}");
            let (models, versions) = product_matches(text, caps);
            assert_eq!(models, whole(&MODEL_NUMBER), "{text}");
            assert_eq!(versions, whole(&VERSIONED), "{text}");
        }
    }

    #[test]
    fn char_sets_hold_their_lists() {
        for (list, set) in [
            (TRANSLIT, &*TRANSLIT_SET),
            (SURNAMES, &*SURNAME_SET),
            (NAME_STOPS, &*NAME_STOP_SET),
            (
                "a·𠀀\u{4E00}\u{9FFF}",
                &CharSet::new("a·𠀀\u{4E00}\u{9FFF}".chars()),
            ),
        ] {
            let edges = [
                '\0', 'a', '·', '\u{4DFF}', '\u{4E00}', '\u{9FFF}', '\u{A000}', '𠀀',
            ];
            let ideographs = ('\u{4E00}'..='\u{9FFF}').step_by(7);
            for c in edges.into_iter().chain(ideographs).chain(list.chars()) {
                assert_eq!(set.contains(c), list.contains(c), "{c:?} in {list}");
            }
        }
    }

    #[test]
    fn titles_are_latin_or_han() {
        // What `title_matches` relies on.
        for title in TITLES {
            let latin = title
                .chars()
                .all(|c| c.is_ascii_alphabetic() || " .-".contains(c));
            assert!(latin || title.chars().all(is_han), "{title}");
        }
        for text in cue_edge_cases() {
            let survey = crate::analysis::script::survey(&text);
            let ctx = Context {
                text: &text,
                script: survey.script,
                masked: Vec::new(),
                regions: survey.regions,
            };
            let whole: Vec<Range<usize>> = TITLE.find_iter(&text).map(|m| m.range()).collect();
            let han = HAN_TITLES.find(&text, &ctx.regions.han);
            assert_eq!(title_matches(&ctx, han), whole, "{text}");
        }
    }

    #[test]
    fn given_names_are_single_capitalised_words() {
        // What `given_name_matches` relies on.
        for name in GIVEN_NAMES {
            assert!(name.starts_with(|c: char| c.is_ascii_uppercase()), "{name}");
            assert!(
                !name
                    .chars()
                    .any(|c| c.is_ascii() && !c.is_ascii_alphabetic()),
                "{name}"
            );
        }
    }

    #[test]
    fn chinese_speakers_without_titles() {
        for (input, expected) in [
            ("比晶片還難搶。」游振宇說，他", &[("游振宇", Person)][..]),
            ("比芯片还难抢。”游振宇说，他", &[("游振宇", Person)]),
            (
                "在東京經營加盟店的林佩蓉說，她上個月",
                &[("東京", Gpe), ("林佩蓉", Person)],
            ),
            (
                "在东京经营加盟店的林佩蓉说，她上个月",
                &[("东京", Gpe), ("林佩蓉", Person)],
            ),
            ("，王強表示，", &[("王強", Person)]),
            ("，歐陽志遠指出", &[("歐陽志遠", Person)]),
            ("業務協理黃郁婷表示", &[("黃郁婷", Person)]),
            // Common words that start with a surname.
            ("，王牌表示", &[]),
            ("，林業署表示", &[]),
            ("，周年慶指出", &[]),
            ("，張開說", &[]),
            ("，黃金表示", &[]),
            ("，江湖說", &[]),
            ("，車主表示", &[]),
            ("，顧客表示", &[]),
            ("，鄭重表示", &[]),
            ("，许多人表示", &[]),
            ("，董事會表示", &[]),
            // After `的`, a surname and one character is too little.
            ("公司的王說", &[]),
            // Inside a longer Han word, no boundary.
            ("中國王強表示", &[("中國", Gpe)]),
        ] {
            check(input, expected);
        }
    }

    #[test]
    fn dotted_names_with_an_unlisted_character() {
        check(
            "總裁莎拉·麥金托什（Sarah Mackintosh）表示",
            &[("莎拉·麥金托什", Person), ("Sarah Mackintosh", Person)],
        );
        check("总经理哈斯巴根说，", &[("哈斯巴根", Person)]);
    }

    #[test]
    fn surnames_of_people_found_once() {
        check(
            "Chief executive Mette Kjaergaard said the deal. Kjaergaard's team agreed.",
            &[("Mette Kjaergaard", Person), ("Kjaergaard", Person)],
        );
        // A surname that is also a word in the text is left alone.
        check(
            "founder Dana Young spoke. Young people agreed; the young team",
            &[("Dana Young", Person)],
        );
    }

    #[test]
    fn companies_by_cue_and_stock_code() {
        for (input, expected) in [
            (
                "Danish drugmaker Halvor Pharma said",
                &[("Halvor Pharma", Org)][..],
            ),
            (
                "said Ada Brennan, an analyst at Tollgate in London",
                &[("Ada Brennan", Person), ("Tollgate", Org), ("London", Gpe)],
            ),
            (
                "Shares of Corvalis (CRVB) rose; Corvalis said",
                &[("Corvalis", Org), ("Corvalis", Org)],
            ),
            (
                "Infosys (INFY) and TCS (TCS.NS)",
                &[("Infosys", Org), ("TCS", Org)],
            ),
            (
                "Federal Trade Commission (FTC)",
                &[("Federal Trade Commission", Org), ("FTC", Org)],
            ),
            ("Artificial Intelligence (AI) rose", &[]),
            ("supplier John Carter said", &[("John Carter", Person)]),
            ("the firm Tuesday", &[]),
            ("，鮮達冷鏈（2597）今日上市", &[("鮮達冷鏈", Org)]),
            (
                "上海冷鏈物流商鮮達冷鏈（2597）",
                &[("上海", Gpe), ("鮮達冷鏈", Org)],
            ),
            ("，伊利股份（600887）公布", &[("伊利股份", Org)]),
            ("年度報告（2024）指出", &[]),
            (
                "英國競爭與市場管理局（CMA）",
                &[("英國", Gpe), ("CMA", Org)],
            ),
            (
                "小米、荣耀和 OPPO 正在",
                &[("小米", Org), ("荣耀", Org), ("OPPO", Org)],
            ),
            (
                "小米、蘋果與三星",
                &[("小米", Org), ("蘋果", Org), ("三星", Org)],
            ),
            ("小米、手機和 OPPO", &[("小米", Org), ("OPPO", Org)]),
            ("中指研究院河南分院院長", &[("中指研究院河南分院", Org)]),
            ("中國銀行香港分行", &[("中國銀行香港分行", Org)]),
            (
                "Mazda Toyota Manufacturing in Huntsville",
                &[("Mazda Toyota Manufacturing", Org), ("Huntsville", Gpe)],
            ),
            (
                "the Federal Chamber of Automotive Industries counted",
                &[("Federal Chamber of Automotive Industries", Org)],
            ),
        ] {
            check(input, expected);
        }
    }

    #[test]
    fn places_named_with_their_state() {
        for (input, expected) in [
            (
                "a plant in Lafayette, Indiana, and Salamanca, Mexico",
                &[("Lafayette", Gpe), ("Indiana", Gpe), ("Mexico", Gpe)][..],
            ),
            (
                "built in Salamanca, Mexico",
                &[("Salamanca", Gpe), ("Mexico", Gpe)],
            ),
            // No preposition: a list, not a place in a place.
            ("Acme, Mexico and Peru", &[("Mexico", Gpe), ("Peru", Gpe)]),
            ("In Chinese, Mexico is", &[("Mexico", Gpe)]),
        ] {
            check(input, expected);
        }
    }

    #[test]
    fn brand_lines_and_products_in_context() {
        for (input, expected) in [
            (
                "新机 TECNO Spark 30 采用联发科 Helio G91 芯片",
                &[
                    ("TECNO Spark 30", Product),
                    ("联发科", Org),
                    ("Helio G91", Product),
                ][..],
            ),
            (
                "隆基发布的 Hi-MO 9 组件",
                &[("隆基", Org), ("Hi-MO 9", Product)],
            ),
            (
                "隆基發布的 Hi-MO 9 組件",
                &[("隆基", Org), ("Hi-MO 9", Product)],
            ),
            (
                "the Honor Magic 7 and Samsung Galaxy S25",
                &[
                    ("Honor Magic 7", Product),
                    ("Samsung", Org),
                    ("Galaxy S25", Product),
                ],
            ),
            // Headlines, years and shares are no products.
            ("Nvidia Reports 5% Rise", &[("Nvidia", Org)]),
            ("Toyota Forum 2025 opens", &[("Toyota", Org)]),
            ("成長 Alpha 9 個百分點", &[]),
            ("Nvidia H100 chips", &[("Nvidia", Org), ("H100", Product)]),
        ] {
            check(input, expected);
        }
    }

    #[test]
    fn never_panics_and_stays_linear() {
        let nasty = [
            "CEO",
            "CEO ",
            "總裁",
            "公司",
            " 公司",
            "Mistral 公司",
            "·",
            "納·",
            "·納",
            "表示",
            "President O'",
            "Mr. J.",
            "J. ",
            "Inc.",
            "公司 A",
            "\u{301}CEO 納",
            "https://",
            "@",
            "納 Summit",
            "年 Summit",
            "2024 Summit",
            "SUMMIT —",
            "旗下",
            "旗下 A",
            "旗下納（",
            "公司（",
            "微軟（",
            "微軟（）",
            "全",
            "方",
            "訪",
            "第屆車展",
            "美國卡馬",
            "（",
            "(AB",
            "（2597",
            "鮮達（2597）",
            "X (AB.C)",
            "shares of ",
            "的王說",
            "、",
            "小米、",
            "Hi-",
            "-MO 9 组件",
            "in X, ",
            "Mr. A Smith",
        ];
        for s in nasty {
            let _ = spans(s, &Config::default());
        }
        for chunk in [
            "納德拉表示公司集團",
            "Arthur Mensch said Inc. ",
            "中美關係對美投資",
            "董事長曾文山表示，曾文山說",
            "鴻海旗下鴻瑞精密（Hongray）",
            "第七屆深圳文博會",
            "美方全台訪台",
            "the 21st Lisbon Web Summit 2025 ",
            "SANTA CLARA, California — x\n",
            "小米、荣耀和 OPPO，鮮達冷鏈（2597）",
            "游振宇說，的林佩蓉表示，",
            "analysts at Acme (ACME) said Dana Young, young ",
            "in Lafayette, Indiana ",
            "隆基发布的 Hi-MO 9 组件，TECNO Spark 30 ",
            "中指研究院河南分院",
        ] {
            // Speed is measured in the benchmark; here the long input must
            // simply come back whole, each span quoting its own text.
            let big = chunk.repeat(50_000);
            let found = spans(&big, &Config::default());
            assert!(
                found.iter().all(|(text, _)| big.contains(text.as_str())),
                "{chunk}"
            );
        }
        let han = "這是沒有標點的中文".repeat(100_000);
        assert!(spans(&han, &Config::default()).is_empty());
    }
}
