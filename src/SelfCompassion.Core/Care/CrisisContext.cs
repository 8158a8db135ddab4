using System.Text.RegularExpressions;

namespace SelfCompassion.Care;

/// <summary>
/// When the same words don't mean the writer is in danger now: recovery told calmly, someone else's story, idioms
/// ("to die for"), and accidents ("cut my finger chopping onions").
/// </summary>
internal static class CrisisContext
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    internal static readonly Regex[] Recovery = Build(
        @"\b(?:years|a decade|decades|months|a year|a long time) ago\b",
        @"\bused to\b",
        @"\bwhen i was (?:a teenager|a teen|a kid|a child|\d+|younger|in)\b",
        @"\bas a (?:teenager|teen|kid|child)\b",
        @"\bback (?:in|then|at)\b",
        @"\bin (?:19|20)\d\d\b",
        @"\b(?:my )?old (?:self|diary|scars|safety plan|crisis plan|journal|suicide attempt|attempt)\b",
        @"\bonce (?:i(?! am\b| will\b| get\b| have\b| do\b)|could not|convinced|thought)\b",
        @"\banniversary\b",
        @"\bsince my (?:last|attempt|overdose|suicide)\b",
        @"\b(?:recovery|remission|survived|proud|grateful|celebrat\w*|glad i stayed|held on)\b",
        @"\bin my (?:teens|twenties|thirties|youth)\b",
        @"\b(?:have not|never) [^.;]*\bin (?:years|months|ages)\b",
        @"\b(?:days|years|months|weeks) (?:clean|without|since)\b",
        @"\bclean from\b",
        @"\bno longer\b",
        @"\bdo not believe that anymore\b",
        @"\bdistant memory\b",
        @"\banother lifetime\b",
        @"\blong road\b",
        @"\byounger self\b",
        @"\b(?:version of me|the person i was|my former self|the old me)\b",
        @"\bthe dark times\b",
        @"\bhospital days\b",
        @"\bthe worst night\b",
        @"\bi was (?:once|suicidal during)\b",
        @"\b\d+ (?:years|months) (?:since|ago|clean|free)\b",
        @"\bsince then\b",
        @"\bi have not (?:needed|hurt|thought|self)\w*",
        @"\b(?:therapy|therapist|counsellor|psychiatrist|doctor) (?:helped|asked|said|pointed)\b",
        @"\b(?:suicide|self[- ]?harm) (?:prevention|awareness|helpline|hotline|line|support|charity|training)\b",
        @"\bdocumentary\b",
        @"\bpodcast\b",
        @"\b(?:talk|talked|talking|told|tell|spoke|speak|shared|sharing|write|wrote|writing) (?:\w+ ){0,3}about (?:my|the|her|his) (?:old )?(?:attempt|suicide attempt|self[- ]?harm\w*|overdose|scars|dark)",
        @"\bremember (?:when|how|the (?:time|days|years))\b",
        @"\bold (?:journals?|diaries|notebooks?|entries|posts)\b",
        @"\bages ago\b",
        @"\byears back\b",
        @"\blong before\b",
        @"\banother life\b",
        @"\bthat chapter\b",
        @"\bbarely recogni[sz]e\b",
        @"\bthose (?:\w+ )?years\b",
        @"\bi once\b",
        @"\bstrange to think\b",
        @"\bwent through a phase\b",
        @"\ba phase of\b",
        @"\b(?:dbt|cbt|therapy|treatment) (?:gave|taught|helped)\b",
        @"\basked (?:me )?(?:if|whether) i\b",
        @"\b(?:after|since) my (?:attempt|overdose)\b",
        @"\bin the past\b"
    );

    private static readonly Regex[] Idioms = Build(
        @"\bto die for\b(?! real)",
        @"\bdying (?:to|for|of)\b",
        @"\bdied laughing\b",
        @"\bdie of (?:embarrassment|boredom|shame|laughter)\b",
        @"\bkilling (?:me|him|her)\b",
        @"\bkilling it\b",
        @"\bkill for\b",
        @"\bkill(?:ed)? time\b",
        @"\bdead (?:tired|on my feet|end|giveaway|to the world)\b",
        @"\b(?:phone|battery|laptop|car|party|conversation|plant|starter|sense of humou?r|wifi) (?:is |was )?(?:dead|dying|died)",
        @"\bover my dead body\b",
        @"\bcut (?:corners|ties|me off|the cake|the grass|my hair|my own fringe|my finger|my thumb|out|back|down)\b",
        @"\bcutting (?:out|corners|back|down)\b",
        @"\bhair cut\b",
        @"\bend (?:this|the) (?:call|meeting|day)\b",
        @"\bcall it a day\b",
        @"\bjump at the chance\b",
        @"\bkill the lights\b",
        @"\bheart attack\b",
        @"\bsick to death\b",
        @"\bbreak a leg\b",
        @"\bkill me now\b",
        @"\b(?:will|going to|gonna) kill me\b",
        @"\brather die than\b",
        @"\bthe death of me\b",
        @"\bliterally died\b",
        @"\bi could (?:just )?die\b",
        @"\bend of my rope\b",
        @"\bi am going to kill (?:my|him|her)\b(?! ?self)",
        @"\bdeath (?:by|of) \w+\b",
        @"\brelapsed (?:with|on) (?:drinking|alcohol|smoking|drugs|gambling|sugar|junk)\b",
        @"\b(?:plan|diet|idea|project|resolution|streak|hope|phone|plant|battery) [^.;]{0,40}\bdied\b",
        @"\bdied on day\b",
        @"\bcut (?:me|him|her|them|yourself|my ?self|us) some slack\b",
        @"\b(?:grief|bereavement|loss|losses|survivors?|bereaved) (?:after|of|from|to|by) suicide\b",
        @"\bdied by suicide\b",
        @"\bcut (?:our|my|your|their|his|her) losses\b",
        @"\blost (?:\w+ ){1,3}to suicide\b",
        @"\bcut(?:ting)? (?:the |some |a |our |my )?(?:hedge|hedges|lawn|grass|cake|cheese|bread|vegetables|veg|onions|wood|wire|fabric|paper|budget|costs)\b",
        @"\bcliff[- ]?jump\w*|\bbungee\w*|\bsky ?div\w*|\bbase jump\w*",
        @"\bcan not (?:go on|carry on) like this (?:at|with) (?:work|this job|school|uni|the \w+)\b",
        @"\boverdose risk\b|\brisk of (?:an )?overdose\b|\baccidental overdose\b",
        @"\b(?:new|spare|replacement) blades?\b|\bblades? for (?:my|the) \w+\b",
        @"\bblades? (?:on|of|for) (?:my|the|a) (?:utility knife|knife|saw|mower|razor|cutter|skates?|blender)\b",
        @"\bchanged the blades?\b"
    );

    /// <summary>Words that make a past told as recovery about now again.</summary>
    internal static readonly Regex AnyIdiom = new(string.Join('|', Idioms.Select(i => $"(?:{i})")), Options);

    internal static readonly Regex StillNow = new(@"\b(?:lately|these days|tonight|right now|still (?:want|think|feel|wish|do|keep)|keep (?:wanting|thinking|wishing)|keeps? (?:telling|saying)|i think it is right|starting to (?:believe|listen|think)|last night|yesterday|this morning|an hour ago|earlier today|relaps\w*|reopened|broke my streak|lost my (?:\w+ )?streak|again\b)", Options);

    internal static readonly Regex StrongRecovery = new(@"\b(?:clean (?:from|for)|\d+ (?:days|weeks|months|years) (?:clean|free|without)|free (?:from|for)|since i (?:stopped|last)|stopped (?:self|cutting|hurting)\w*|anniversary|celebrat\w*|proud|grateful|no longer|glad i stayed|survived|in recovery|full remission|haven't (?:thought|hurt|self)|have not (?:thought|hurt|self|needed)\w*|clean ever since|ever since|handed (?:them|it|my \w+) (?:all )?in|so glad i was wrong|glad i (?:stayed|was wrong)|do not (?:have|get|feel) (?:\w+ )?(?:thoughts|urges|feelings) (?:like that )?anymore|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days|weeks|months|years) (?:[a-z]+[- ]?[a-z]* )?(?:free|clean)|since my last (?:relapse|attempt|cut|episode))\b", Options);

    internal static readonly Regex Relapse = new(@"(?<!last )\brelaps|\b(?:cut|hurt|burned|did it|slipped)\b[^.;]{0,20}\b(?:last night|tonight|yesterday|this morning)\b|\b(?:last night|tonight|yesterday|this morning)\b[^.;]{0,20}\b(?:cut|hurt|burned|did it|slipped)\b|tonight happened|\band then (?:tonight|last night|today)\b|broke my streak|lost my (?:\w+ )?streak|free streak|\bagain\b", Options);

    /// <summary>Medicines spoken of as a routine: a prescription, a pharmacy, a pill organiser.</summary>
    internal static readonly Regex MeansRoutine = new(@"\b(?:prescription|pharmacy|pharmacist|refill|repeat|pill (?:box|organi[sz]er)|dosette|as prescribed|gp|doctor said)\b", Options);

    /// <summary>Teaching, training or fiction: suicide as a topic, not a plan.</summary>
    internal static readonly Regex Topic = new(@"\b(?:course|training|lecture|talk at|talk about|exam|studying|novel|protagonist|character|research|risk assessment|assessment|awareness|prevention|first aid|taught|teaching|webinar|module|seminar|learned|learnt|how to (?:ask|talk|support|help|spot))\b", Options);

    /// <summary>...unless they are being gathered: early, extra, saved, enough.</summary>
    internal static readonly Regex MeansHoard = new(@"\b(?:early|extra|so i would have|stock\w*|sav\w*|hoard\w*|enough)\b", Options);

    /// <summary>Who is doing it: the last "I", "she", "my friend"... before the words.</summary>
    internal static readonly Regex Doer = new(@"\b(?<!\bto )(?<!\bwith )(?<!\bfor )(?<!\bat )(?<!\bfrom )(?<!\babout )(?:i|she|he|they|(?:my|a|the|our|his|her|their) (?:\w+ )?(?:\w+'s )?(?:friend|mate|dad|mum|mom|father|mother|brother|sister|son|daughter|partner|husband|wife|cousin|uncle|aunt|client|patient|colleague|student|neighbou?r|boss|teacher|grandad|grandma|nan|child|kid|boyfriend|girlfriend|character|author)s?)\b", Options);

    internal static readonly Regex OtherSubject = new(@"^(?:(?:and|but|so|then|today|yesterday|also|honestly|sadly) )?(?:my (?:\w+ )?(?:friend|friend's|sister|brother|mum|mom|dad|father|mother|son|daughter|partner|partner's|husband|wife|colleague|coworker|co-worker|manager|boss|neighbour|neighbor|niece|nephew|aunt|uncle|nan|grandma|grandad|grandpa|cat|dog|teacher|student|classmate|flatmate|teenager|therapist|psychiatrist|doctor|cousin|kid|kids|child|children|family|team)|the (?:\w+ )?(?:character|villain|hero|soldier|actor|singer|book|film|movie|show|news|podcast|song|novel|mentor|article|documentary|man|woman|boy|girl|dragon|detective|poet|author|writer)|a (?:boy|girl|man|woman|celebrity|character|friend|colleague|student)|our (?:dog|cat|colleague|friend)|he|she|they|his|her|in the (?:film|novel|show|book|game|anime|story|movie)|someone|somebody|everyone|people|one of my \w+|my (?:patients?|clients?|pupils?|residents?|students?|service users?))\b", Options);

    internal static readonly Regex FirstPerson = new(@"\b(?:i|me|myself|my ?self|my (?:arms?|legs?|thighs?|wrists?|skin|body|scars?|cuts?|stomach))\b", Options);

    internal static readonly Regex Accident = new(@"\b(?:on (?:a|the) (?:\w+ )?(?:fence|nail|glass|door|edge|corner|table|stairs|step|bramble|brambles|wire|tin|can|knife|grater|oven|stove|pan|iron|kettle|hob|paper|rose bush|thorn)|while \w+ing|by accident|accidentally|chopping|cooking|opening|gardening|fell|shaving|ran it under|slipped)\b", Options);

    internal static readonly Regex Intent = new(@"\b(?:on purpose|deliberately|again|until|so i|wanted to|my ?self|punish|deserve|so (?:it|they) (?:would|hurt)|urge)\b", Options);

    /// <summary>Every rule here, for the start-up warm-up.</summary>
    internal static IEnumerable<Regex> All =>
        [.. Recovery, AnyIdiom, StillNow, StrongRecovery, Relapse, MeansRoutine, Topic, MeansHoard, Doer, OtherSubject, FirstPerson, Accident, Intent];

    private static Regex[] Build(params string[] patterns) => patterns.Select(p => new Regex(p, Options)).ToArray();
}
