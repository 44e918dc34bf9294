//! The journey-map template file (`.kindred-journey`): one map's phases, lanes and cards, so a
//! facilitator can bring a map to a workshop and start a new one from it.
//!
//! A template holds no people, no incidents, no ideas and no votes, and none of the workspace's
//! ids: cards name their phase and lane by position. Reading one gives a map with fresh ids.
//! The text is RON, like the workspace file, with its own format version.

use crate::i18n::grouped;
use crate::model::{Card, CardColour, JourneyId, JourneyMap, Lane, LaneId, LaneKind, Phase, PhaseId};
use crate::t;
use ron::ser::PrettyConfig;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The extension of template files, without the dot.
pub const EXTENSION: &str = "kindred-journey";

/// The template format this build writes and reads.
pub const TEMPLATE_VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateFile {
    template_version: u32,
    name: String,
    #[serde(default)]
    segment: String,
    phases: Vec<TemplatePhase>,
    lanes: Vec<TemplateLane>,
    #[serde(default)]
    cards: Vec<TemplateCard>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplatePhase {
    name: String,
    #[serde(default)]
    emotion: Option<i8>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateLane {
    name: String,
    #[serde(default)]
    kind: LaneKind,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateCard {
    /// Index into `phases`.
    phase: usize,
    /// Index into `lanes`.
    lane: usize,
    text: String,
    #[serde(default)]
    colour: CardColour,
}

/// Why bytes are not a template. `line` and `column` are 1-based; 0 when not known. The message
/// is in the language of the thread that read the template (the import thread speaks the app's).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.message)
        } else {
            f.write_str(&t!(
                "error-template-at",
                line = self.line,
                column = self.column,
                message = self.message.as_str()
            ))
        }
    }
}

impl std::error::Error for TemplateError {}

fn error(message: impl Into<String>) -> TemplateError {
    TemplateError { line: 0, column: 0, message: message.into() }
}

/// The map as a template file's text: cards in the map's order, which is each cell's order.
pub fn encode(map: &JourneyMap) -> String {
    let phase_index = |id: PhaseId| map.phases.iter().position(|p| p.id == id);
    let lane_index = |id: LaneId| map.lanes.iter().position(|l| l.id == id);
    let file = TemplateFile {
        template_version: TEMPLATE_VERSION,
        name: map.name.clone(),
        segment: map.segment.clone(),
        phases: map.phases.iter().map(|p| TemplatePhase { name: p.name.clone(), emotion: p.emotion }).collect(),
        lanes: map.lanes.iter().map(|l| TemplateLane { name: l.name.clone(), kind: l.kind }).collect(),
        // A card whose phase or lane is gone is not shown in the map either; it is left out.
        cards: map
            .cards
            .iter()
            .filter_map(|c| {
                let (phase, lane) = (phase_index(c.phase)?, lane_index(c.lane)?);
                Some(TemplateCard { phase, lane, text: c.text.clone(), colour: c.colour })
            })
            .collect(),
    };
    let config = PrettyConfig::new().indentor("\t").depth_limit(2).escape_strings(true).struct_names(false);
    let mut text =
        ron::ser::to_string_pretty(&file, config).unwrap_or_else(|e| unreachable!("a template always serialises: {e}"));
    text.push('\n');
    text
}

/// Reads a template into a new map with fresh ids, or says what is wrong and where.
pub fn decode(bytes: &[u8]) -> Result<JourneyMap, TemplateError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
        TemplateError { line, column: 0, message: t!("error-template-not-text") }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(error(t!("error-file-empty")));
    }
    let file: TemplateFile = ron::from_str(text).map_err(|e| {
        let newer = declared_version(text).filter(|v| *v > TEMPLATE_VERSION);
        match newer {
            Some(version) => error(newer_message(version)),
            None => TemplateError {
                line: e.span.start.line,
                column: e.span.start.col,
                message: crate::model::codec::syntax_message(&e.code),
            },
        }
    })?;
    if file.template_version > TEMPLATE_VERSION {
        return Err(error(newer_message(file.template_version)));
    }
    if file.phases.len() + file.lanes.len() + file.cards.len() > super::MAX_RECORDS {
        return Err(error(t!("error-template-too-large", most = grouped(super::MAX_RECORDS))));
    }
    super::check_map_size(&file.name, file.phases.len(), file.lanes.len(), file.cards.len()).map_err(error)?;
    if file.phases.is_empty() {
        return Err(error(t!("error-template-no-phases")));
    }
    if file.name.trim().is_empty() {
        return Err(error(t!("error-template-no-name")));
    }
    let phases: Vec<Phase> = file
        .phases
        .into_iter()
        .enumerate()
        .map(|(n, p)| match p.emotion {
            Some(e) if !(-2..=2).contains(&e) => {
                Err(error(t!("error-template-emotion", number = n + 1, name = p.name, score = e.to_string())))
            }
            emotion => Ok(Phase { id: PhaseId::new(), name: p.name, emotion, stall_days: None }),
        })
        .collect::<Result<_, _>>()?;
    let lanes: Vec<Lane> =
        file.lanes.into_iter().map(|l| Lane { id: LaneId::new(), name: l.name, kind: l.kind }).collect();
    let cards = file
        .cards
        .into_iter()
        .enumerate()
        .map(|(n, c)| {
            let phase = phases.get(c.phase).ok_or_else(|| {
                error(t!(
                    "error-template-card-phase",
                    number = n + 1,
                    text = c.text.as_str(),
                    phase = c.phase + 1,
                    count = phases.len()
                ))
            })?;
            let lane = lanes.get(c.lane).ok_or_else(|| {
                error(t!(
                    "error-template-card-lane",
                    number = n + 1,
                    text = c.text.as_str(),
                    lane = c.lane + 1,
                    count = lanes.len()
                ))
            })?;
            if lane.kind == LaneKind::Emotions {
                return Err(error(t!("error-template-card-emotions", number = n + 1, text = c.text.as_str())));
            }
            Ok(Card { phase: phase.id, lane: lane.id, text: c.text, colour: c.colour, ..Card::default() })
        })
        .collect::<Result<_, _>>()?;
    Ok(JourneyMap {
        id: JourneyId::new(),
        name: file.name,
        segment: file.segment,
        segment_tag: None,
        phases,
        lanes,
        cards,
        changed: None,
    })
}

fn newer_message(version: u32) -> String {
    t!("error-template-newer", version = version, reads = TEMPLATE_VERSION)
}

/// The `template_version` a text declares, read leniently, so that a newer template that does
/// not parse can still be recognised as newer.
fn declared_version(text: &str) -> Option<u32> {
    let rest = &text[text.find("template_version")? + "template_version".len()..];
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Template;

    fn filled() -> JourneyMap {
        let mut map = Template::CustomerJourney.create();
        map.segment = "Cafés \"and\" canteens".into();
        map.phases[1].emotion = Some(-2);
        map.phases[3].emotion = Some(2);
        let colours = [
            CardColour::Yellow,
            CardColour::Blue,
            CardColour::Green,
            CardColour::Pink,
            CardColour::Orange,
            CardColour::Grey,
        ];
        for (n, colour) in colours.into_iter().enumerate() {
            let lane = map.lanes.iter().filter(|l| l.kind != LaneKind::Emotions).nth(n).map(|l| l.id).expect("a lane");
            let text = format!("Card {n}: «quotes\" and\nlines», Ærø, 日本, 🎂");
            map.cards.push(Card { phase: map.phases[n % 4].id, lane, text, colour, votes: 3, ..Card::default() });
        }
        map
    }

    /// What a template keeps of a map: names, kinds, emotions, and each cell's cards in order.
    fn shape(map: &JourneyMap) -> Vec<String> {
        let mut shape = vec![map.name.clone(), map.segment.clone()];
        shape.extend(map.phases.iter().map(|p| format!("{}:{:?}", p.name, p.emotion)));
        shape.extend(map.lanes.iter().map(|l| format!("{}:{:?}", l.name, l.kind)));
        for phase in &map.phases {
            for lane in &map.lanes {
                shape.extend(
                    map.cell(phase.id, lane.id)
                        .map(|c| format!("{}/{}:{}:{:?}", phase.name, lane.name, c.text, c.colour)),
                );
            }
        }
        shape
    }

    #[test]
    fn a_map_survives_the_template_with_fresh_ids_and_no_votes() {
        let map = filled();
        let back = decode(encode(&map).as_bytes()).expect("decodes");
        assert_eq!(shape(&back), shape(&map));
        assert_ne!(back.id, map.id);
        assert!(back.phases.iter().zip(&map.phases).all(|(a, b)| a.id != b.id));
        assert!(back.cards.iter().all(|c| c.votes == 0), "a template carries no votes");
        assert_eq!(encode(&back), encode(&map), "the text is stable");
    }

    #[test]
    fn the_text_has_no_workspace_ids() {
        let map = filled();
        let text = encode(&map);
        assert!(!text.contains(&map.id.to_string()));
        assert!(!text.contains(&map.phases[0].id.to_string()));
        assert!(text.starts_with("(\n\ttemplate_version: 1,"));
    }

    fn error_of(text: &str) -> TemplateError {
        decode(text.as_bytes()).expect_err("refused")
    }

    #[test]
    fn bad_templates_are_refused_with_where_and_why() {
        let syntax = error_of("(\n\ttemplate_version: 1,\n\tname: \"X\",\n\tphases: [(name: \"A\"),\n\tlanes: [],\n)");
        assert!(syntax.line >= 4, "{syntax}");
        assert!(error_of("").message.contains("empty"));
        assert!(decode(&[0xff, 0xfe, 0x00]).expect_err("not text").message.contains("UTF-8"));
        let newer = error_of("(template_version: 9, name: \"X\", phases: [], lanes: [], extra: 1)");
        assert!(newer.message.contains("newer"), "{newer}");
        assert!(error_of("(template_version: 1, name: \"X\", phases: [], lanes: [])").message.contains("no phases"));
        let emotion =
            error_of("(template_version: 1, name: \"X\", phases: [(name: \"A\", emotion: Some(3))], lanes: [])");
        assert!(emotion.message.contains("outside"), "{emotion}");
        let stray = "(template_version: 1, name: \"X\", phases: [(name: \"A\")], lanes: [(name: \"L\")], \
                     cards: [(phase: 4, lane: 0, text: \"Lost\")])";
        assert!(error_of(stray).message.contains("phase 5"), "{}", error_of(stray));
        let in_emotions = "(template_version: 1, name: \"X\", phases: [(name: \"A\")], lanes: [(name: \"E\", kind: Emotions)], \
                           cards: [(phase: 0, lane: 0, text: \"Sad\")])";
        assert!(error_of(in_emotions).message.contains("emotion lane"));
        let workspace = crate::model::codec::encode(&crate::model::Workspace::named("Shop"));
        let wrong_file = error_of(&workspace);
        assert!(wrong_file.line > 0, "a workspace is not a template: {wrong_file}");
    }

    #[test]
    fn errors_are_worded_in_the_language() {
        use crate::i18n::{Lang, set_language};
        let stray = "(template_version: 1, name: \"X\", phases: [(name: \"A\")], lanes: [(name: \"L\")], \
                     cards: [(phase: 0, lane: 3, text: \"Lost\")])";
        let syntax = "(\n\ttemplate_version: 1,\n\tname: X,\n)";
        set_language(Lang::Da);
        assert_eq!(error_of(stray).to_string(), "kort 1 (“Lost”) ligger i bane 4, men kunderejsen har 1 bane");
        let error = error_of(syntax);
        assert!(error.to_string().starts_with("linje 3, kolonne "), "{error}");
        assert!(error.message.starts_with("fejl i filens tekst: "), "{error}");
        assert_eq!(
            error_of("(template_version: 1, name: \"X\", phases: [], lanes: [])").message,
            "kunderejsen har ingen faser"
        );
        set_language(Lang::Nb);
        assert_eq!(
            error_of("(template_version: 3, name: \"X\", phases: [], lanes: [])").to_string(),
            "malen er skrevet av en nyere versjon av Kindred (malformat 3; denne versjonen leser format 1)"
        );
        assert_eq!(
            error_of("(template_version: 1, name: \"X\", phases: [(name: \"A\", emotion: Some(-3))], lanes: [])")
                .message,
            "fase 1 (A): vurderingen -3 ligger utenfor −2 til +2"
        );
        set_language(Lang::En);
        assert_eq!(error_of(stray).to_string(), "card 1 (“Lost”) is in lane 4, but the map has 1 lane");
        assert!(error_of(syntax).to_string().starts_with("line 3, column "));
    }

    proptest::proptest! {
        #[test]
        fn decoding_never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
            let _ = decode(&bytes);
        }

        #[test]
        fn decoding_text_near_a_template_never_panics(cut in 0usize..600, insert in "[\\[\\](),:\"a-z0-9 ]{0,8}") {
            let mut text = encode(&filled());
            let at = text.char_indices().map(|(i, _)| i).nth(cut % text.chars().count()).unwrap_or(0);
            text.insert_str(at, &insert);
            let _ = decode(text.as_bytes());
        }
    }
}
