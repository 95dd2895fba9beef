//! Where plans and templates come from: the ones built into the binary, and files a
//! facilitator writes (found beside the plan that names them, or in a `sessions/` folder).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::error::{Kind, LoadError};
use super::load;
use crate::model::{Plan, Template};

/// A plan or template shipped inside the binary: (path in the source tree, content).
type Embedded = (&'static str, &'static str);

const PLANS: &[Embedded] = &[
    (
        "sessions/gfmd-2016-csd-4.1.json",
        include_str!("../../sessions/gfmd-2016-csd-4.1.json"),
    ),
    (
        "sessions/cafe-2027-commitments.json",
        include_str!("../../sessions/cafe-2027-commitments.json"),
    ),
];

const TEMPLATES: &[Embedded] = &[
    (
        "sessions/templates/commitments-cafe.json",
        include_str!("../../sessions/templates/commitments-cafe.json"),
    ),
    (
        "sessions/templates/gfmd-2016-csd-rapporteur.json",
        include_str!("../../sessions/templates/gfmd-2016-csd-rapporteur.json"),
    ),
    (
        "sessions/templates/workshop-report.json",
        include_str!("../../sessions/templates/workshop-report.json"),
    ),
];

/// The plan a new session starts from when none is given.
pub const DEFAULT_PLAN_ID: &str = "gfmd-2016-csd-4.1";

/// A plan together with the template it names, both checked.
#[derive(Debug, Clone)]
pub struct ResolvedPlan {
    pub plan: Arc<Plan>,
    pub template: Arc<Template>,
    /// Where the plan came from, for messages ("built in" or a path).
    pub plan_source: Source,
    pub template_source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    BuiltIn,
    File(PathBuf),
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::BuiltIn => f.write_str(&crate::tr!("storage-built-in")),
            Source::File(p) => write!(f, "{}", p.display()),
        }
    }
}

fn builtin_path(name: &str) -> PathBuf {
    PathBuf::from(format!("(built in) {name}"))
}

/// The built-in plans, parsed. A build whose embedded files do not parse fails its tests, so
/// errors here are reported rather than expected.
pub fn builtin_plans() -> Vec<Result<Plan, LoadError>> {
    PLANS
        .iter()
        .map(|(name, text)| load::parse_plan(&builtin_path(name), text.as_bytes()))
        .collect()
}

pub fn builtin_templates() -> Vec<Result<Template, LoadError>> {
    TEMPLATES
        .iter()
        .map(|(name, text)| load::parse_template(&builtin_path(name), text.as_bytes()))
        .collect()
}

/// The built-in plan with this id.
pub fn builtin_plan(id: &str) -> Option<Result<Plan, LoadError>> {
    builtin_plans()
        .into_iter()
        .find(|p| p.as_ref().map_or(true, |p| p.id == id))
}

fn builtin_template(id: &str) -> Option<Result<Template, LoadError>> {
    builtin_templates()
        .into_iter()
        .find(|t| t.as_ref().map_or(true, |t| t.id == id))
}

/// The embedded default plan with its template.
pub fn default_plan() -> Result<ResolvedPlan, LoadError> {
    resolve_builtin(DEFAULT_PLAN_ID).unwrap_or_else(|| {
        Err(LoadError::TemplateNotFound {
            path: builtin_path(DEFAULT_PLAN_ID),
            id: DEFAULT_PLAN_ID.to_owned(),
            searched: Vec::new(),
        })
    })
}

fn resolve_builtin(id: &str) -> Option<Result<ResolvedPlan, LoadError>> {
    let plan = match builtin_plan(id)? {
        Ok(p) => p,
        Err(e) => return Some(Err(e)),
    };
    Some(with_template(plan, Source::BuiltIn, None))
}

/// Resolves `--plan`: a path to a plan file, or the id of a built-in plan.
pub fn resolve_plan(arg: &str) -> Result<ResolvedPlan, LoadError> {
    let path = Path::new(arg);
    if !path.exists()
        && let Some(found) = resolve_builtin(arg)
    {
        return found;
    }
    load_plan_file(path)
}

/// Reads a plan file and finds its template: beside it first (so a facilitator's own copy wins),
/// then among the built-in ones.
pub fn load_plan_file(path: &Path) -> Result<ResolvedPlan, LoadError> {
    let plan = load::parse_plan(path, &load::read_bytes(path)?)?;
    with_template(plan, Source::File(path.to_path_buf()), Some(path))
}

fn with_template(
    plan: Plan,
    plan_source: Source,
    plan_path: Option<&Path>,
) -> Result<ResolvedPlan, LoadError> {
    let candidates = plan_path
        .map(|p| template_candidates(p, &plan.template))
        .unwrap_or_default();
    for candidate in &candidates {
        if candidate.is_file() {
            let template = load::read_template(candidate)?;
            return finish(plan, plan_source, template, Source::File(candidate.clone()));
        }
    }
    match builtin_template(&plan.template) {
        Some(t) => finish(plan, plan_source, t?, Source::BuiltIn),
        None => Err(LoadError::TemplateNotFound {
            path: plan_path.map_or_else(|| builtin_path(&plan.id), Path::to_path_buf),
            id: plan.template.clone(),
            searched: candidates,
        }),
    }
}

fn finish(
    plan: Plan,
    plan_source: Source,
    template: Template,
    template_source: Source,
) -> Result<ResolvedPlan, LoadError> {
    if template.id != plan.template {
        let path = match &template_source {
            Source::File(p) => p.clone(),
            Source::BuiltIn => builtin_path(&template.id),
        };
        return Err(LoadError::Invalid {
            path,
            kind: Kind::Template,
            problems: vec![crate::model::Problem {
                field: "id".into(),
                message: format!(
                    "the plan asks for template {:?} but this file's id is {:?}; a template \
                     file is named after its id",
                    plan.template, template.id
                ),
            }],
        });
    }
    Ok(ResolvedPlan {
        plan: Arc::new(plan),
        template: Arc::new(template),
        plan_source,
        template_source,
    })
}

/// Files that may hold template `id` for a plan at `plan_path`: `templates/ID.json` and
/// `ID.json` beside it, and `../templates/ID.json` (a plan in `sessions/examples/`).
pub fn template_candidates(plan_path: &Path, id: &str) -> Vec<PathBuf> {
    let dir = plan_path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file = format!("{id}.json");
    vec![
        dir.join("templates").join(&file),
        dir.join(&file),
        dir.join("..").join("templates").join(&file),
    ]
}

/// A plan or template file found on disk, for `breakout plans`.
#[derive(Debug)]
pub struct Found {
    pub path: PathBuf,
    pub result: Result<load::Document, LoadError>,
}

/// Every breakout plan and template in `dir` and its direct sub-folders. Session files and
/// other JSON (such as schemas) are left out.
pub fn scan(dir: &Path) -> Vec<Found> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                dirs.push(e.path());
            }
        }
    }
    for d in dirs {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "json") && p.is_file() {
                files.push(p);
            }
        }
    }
    files.sort();
    files
        .into_iter()
        .filter_map(|path| {
            let bytes = std::fs::read(&path).ok()?;
            match load::detect(&path, &bytes) {
                Ok(Kind::Session)
                | Err(LoadError::NotBreakout { .. } | LoadError::NotObject { .. }) => None,
                Ok(_) | Err(_) => {
                    let result = load::parse_any(&path, &bytes);
                    Some(Found { path, result })
                }
            }
        })
        .collect()
}
