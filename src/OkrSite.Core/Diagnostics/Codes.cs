namespace OkrSite.Core.Diagnostics;

/// <summary>
/// Every diagnostic OkrSite can report. Numbers are grouped by stage: 00xx site.json, 01xx content files,
/// 02xx CSV data, 03xx links and rules across files, 04xx the theme, 05xx the OKR coach, 09xx the build itself. Ids never change meaning once released.
/// </summary>
internal static class Codes
{
    private static DiagnosticCode E(string id, string cause, string fix) => new(id, Severity.Error, cause, fix);

    private static DiagnosticCode W(string id, string cause, string fix) => new(id, Severity.Warning, cause, fix);

    // site.json
    public static readonly DiagnosticCode SiteConfigMissing = E("OKR0001", "The site folder has no site.json.", "Run the command in the site folder, pass the folder as an argument, or create site.json with at least a title.");
    public static readonly DiagnosticCode SiteConfigInvalidJson = E("OKR0002", "site.json is not valid JSON.", "Fix the syntax at the reported line and column (a missing comma or quote, a trailing comma).");
    public static readonly DiagnosticCode SiteConfigUnknownKey = W("OKR0003", "site.json has a key OkrSite does not know; it is ignored.", "Check the spelling against the suggested key, or remove it.");
    public static readonly DiagnosticCode SiteConfigInvalidValue = E("OKR0004", "A site.json value has the wrong type or format (a period, date, decimal separator or threshold).", "Use the format the message names, for example \"2026-Q3\" for a period or \"2026-09-30\" for a date.");
    public static readonly DiagnosticCode SiteConfigMissingTitle = E("OKR0005", "site.json has no title.", "Add \"title\": \"...\" to site.json.");
    public static readonly DiagnosticCode SiteConfigDuplicateKey = E("OKR0006", "site.json has the same key twice in one object; JSON readers silently keep only one of them.", "Remove one of the two keys; the message gives the line of the first.");
    public static readonly DiagnosticCode SiteConfigBadBaseUrl = E("OKR0007", "baseUrl is neither a path that starts with '/' nor an absolute http:// or https:// URL, or it holds a character a URL must not (a quote, angle bracket, space, backslash or control character).", "Write baseUrl as a path such as \"/okr/\" or a URL such as \"https://example.com/okr/\".");
    public static readonly DiagnosticCode SiteConfigBadDataFolder = E("OKR0008", "A dataFolders entry does not map a name of letters, digits, '-' or '_' to a folder that exists.", "Give each entry a plain name and the absolute path, or the path relative to the site folder, of an existing folder.");
    public static readonly DiagnosticCode SiteConfigNotAFile = E("OKR0009", "site.json is a link that leads outside the site folder, or not a regular file (a FIFO, socket or device); it is not read.", "Make site.json a regular file inside the site folder.");
    public static readonly DiagnosticCode SiteConfigBadLogo = E("OKR0010", "logo is not the path of a file inside static/: it is empty, absolute, or has a '..' segment or a backslash.", "Write the path relative to static/, such as \"logo.svg\" for static/logo.svg.");
    public static readonly DiagnosticCode SiteConfigLogoMissing = E("OKR0011", "logo names a file that static/ does not have (or a folder).", "Put the file in static/ (static/logo.svg for \"logo\": \"logo.svg\"), or correct the path to the suggested file.");
    public static readonly DiagnosticCode SiteConfigBaseUrlUnused = W("OKR0012", "baseUrl is set while links is \"index.html\": every link is then relative, so baseUrl is not used anywhere.", "Remove baseUrl, or set \"links\": \"folders\" if the site is served by a web server under that path.");
    public static readonly DiagnosticCode SiteConfigBadCompareTo = E("OKR0016", "compareTo is not the path of a file inside the site folder: it is not text, empty, absolute, or has a '..' segment or a backslash.", "Write the path of the previous report.json relative to site.json, such as \"content/reviews/last-review.json\"; for a file elsewhere pass --compare-to.");

    // content files
    public static readonly DiagnosticCode FrontMatterMissing = E("OKR0101", "A content file does not start with YAML front matter between two '---' lines, or the closing '---' is missing.", "Start the file with '---', the YAML fields, and a closing '---' line.");
    public static readonly DiagnosticCode YamlSyntax = E("OKR0102", "The front matter is not valid YAML.", "Fix the YAML at the reported line (indentation, a missing ':' or an unclosed quote).");
    public static readonly DiagnosticCode UnknownField = W("OKR0103", "A front-matter field is not part of the format; it is ignored.", "Check the spelling against the suggested field, or remove it.");
    public static readonly DiagnosticCode WrongType = E("OKR0104", "A front-matter field has the wrong type, for example text where a number or a list is expected.", "Write the value in the type the message names.");
    public static readonly DiagnosticCode RequiredField = E("OKR0105", "A required field is missing or empty.", "Add the field the message names.");
    public static readonly DiagnosticCode InvalidId = E("OKR0106", "An id is not made of lower-case letters, digits and '-'.", "Rename the file or set an id such as 'customer-loyalty'.");
    public static readonly DiagnosticCode DuplicateId = E("OKR0107", "Two files of one kind (two objectives of one period, or two key results of one objective) have the same id.", "Rename one file or give it an explicit 'id:' in its front matter.");
    public static readonly DiagnosticCode InvalidChoice = E("OKR0108", "A field has a value outside its allowed set (direction, indicator, frequency, type, kind).", "Use one of the values the message lists.");
    public static readonly DiagnosticCode InvalidPeriod = E("OKR0109", "A period is missing or not one of 2026, 2026-H1, 2026-H2, 2026-Q1..Q4.", "Write the period in one of those forms, or put the file in a folder named after its period.");
    public static readonly DiagnosticCode OutOfRange = E("OKR0110", "A number is outside its allowed range (a score or progress outside 0..1, a weight of zero or less).", "Use a value within the range the message names.");
    public static readonly DiagnosticCode NoKeyResults = E("OKR0111", "An objective has no key results.", "Add a 'key_results:' list with 2 to 5 key results.");
    public static readonly DiagnosticCode ContentUnreadable = E("OKR0112", "A content file could not be read, or is not UTF-8 text.", "Save the file as UTF-8 text.");
    public static readonly DiagnosticCode ContentOutsideSite = E("OKR0113", "A content file or folder is a link that leads outside the site folder, or to nothing; it is not read.", "Copy the file into the site folder, or point the link at a file inside it.");
    public static readonly DiagnosticCode ContentLinkLoop = W("OKR0114", "A folder link under content/ leads back to a folder that contains it or to a folder that is read already, or links lead to each other; it is skipped.", "Remove the link, or point it at a folder that is not read otherwise.");
    public static readonly DiagnosticCode ContentNotRegularFile = E("OKR0115", "A content file is a FIFO, socket or device, not a regular file; it is not opened.", "Replace it by a regular file, or remove it.");
    public static readonly DiagnosticCode ContentFolderUnreadable = E("OKR0116", "A folder under content/ cannot be listed, so its files cannot be read.", "Check the folder's permissions.");
    public static readonly DiagnosticCode MarkdownTooDeep = E("OKR0120", "A Markdown body is nested too deeply: block quotes, lists, links or emphasis inside each other beyond the limit.", "Flatten the body: use fewer '>' or list levels, and close brackets and emphasis.");
    public static readonly DiagnosticCode TooManyKeyResults = E("OKR0130", "An objective has more key results than OkrSite reads (1,000); its page and charts would grow past what a build can hold.", "Split the objective into several; an objective usually has 2 to 5 key results.");
    public static readonly DiagnosticCode CheckInBadConfidence = E("OKR0140", "A check-in's confidence in front matter is not a number from 0 to 10, low, medium, high or n/10 (such as 6/10).", "Write the confidence as a number from 0 (it will not happen) to 10 (it is certain), or as low (3), medium (5) or high (8).");
    public static readonly DiagnosticCode CheckInIncomplete = E("OKR0141", "A check-in in front matter has no date, or neither a value nor a confidence, so it says nothing a report can show.", "Give each check-in a 'date:' (yyyy-MM-dd) and a 'confidence:', a 'value:' or both.");

    // CSV data
    public static readonly DiagnosticCode DataNoFiles = W("OKR0201", "A 'data' glob in site.json matched no file.", "Check the glob, or remove it from 'data'.");
    public static readonly DiagnosticCode DataBadHeader = E("OKR0202", "A CSV header is neither long (metric,date,value[,note]) nor wide (a date column, then one column per metric).", "Rename the columns as the message shows.");
    public static readonly DiagnosticCode DataBadNumber = E("OKR0203", "A CSV value is not a number and not one of the missing markers (empty, -, n/a, #N/A, null).", "Fix the value, or leave the cell empty if there is no value.");
    public static readonly DiagnosticCode DataBadDate = E("OKR0204", "A CSV date is not a real date in a known format.", "Use yyyy-MM-dd (or dd.MM.yyyy, yyyy/MM/dd), or set csv.dateFormat in site.json.");
    public static readonly DiagnosticCode DataFieldCount = E("OKR0205", "A CSV row has a different number of fields than the header.", "Fix the row; a value containing the delimiter must be quoted.");
    public static readonly DiagnosticCode DataDuplicate = W("OKR0206", "The same metric and date appear twice; the value from the file that sorts last by path (or the later row) wins.", "Remove one of the two values.");
    public static readonly DiagnosticCode DataNotUtf8 = E("OKR0207", "A CSV file is not UTF-8 (often Windows-1252 from Excel's plain 'CSV' save).", "Export again as 'CSV UTF-8', or convert the file to UTF-8.");
    public static readonly DiagnosticCode DataEmpty = W("OKR0208", "A CSV file is empty or has a header but no rows.", "Check the export; remove the file if it is not needed.");
    public static readonly DiagnosticCode DataBadQuote = E("OKR0209", "A CSV field has an unterminated or misplaced quote.", "Close the quote; a quote inside a quoted field is written twice (\"\").");
    public static readonly DiagnosticCode DataUnreadable = E("OKR0210", "A CSV file could not be read.", "Check that the file exists and is readable.");
    public static readonly DiagnosticCode DataGlobOutside = E("OKR0211", "A 'data' glob in site.json is an absolute path, has a '..' segment, or names a data folder that dataFolders does not define.", "Write globs relative to the site folder without '..'; for a folder outside the site, name it in dataFolders and write \"name:*.csv\".");
    public static readonly DiagnosticCode DataOutsideSite = E("OKR0212", "A data file or folder matched by a glob is a link that leads outside the site folder (or outside its data folder), or to nothing; it is not read.", "Copy the file into the site folder, or name the folder it is in under dataFolders in site.json.");
    public static readonly DiagnosticCode DataLinkLoop = W("OKR0213", "A folder link under a data glob leads back to a folder that contains it or to a folder that is read already, or links lead to each other; it is skipped.", "Remove the link, or point it at a folder that is not read otherwise.");
    public static readonly DiagnosticCode DataNotRegularFile = E("OKR0214", "A file matched by a data glob is a FIFO, socket or device, not a regular file; it is not opened.", "Replace it by a regular file, or change the glob so that it does not match it.");
    public static readonly DiagnosticCode DataFolderUnreadable = E("OKR0215", "A folder under a data glob cannot be listed, so its files cannot be read.", "Check the folder's permissions.");
    public static readonly DiagnosticCode DataDateOutOfRange = E("OKR0220", "A CSV date is a real date outside the supported dates 0100-01-01 to 9998-12-31.", "Check the year of the date (a typo such as 0202 for 2020 or a placeholder such as 9999-12-31); remove rows that are not real data.");
    public static readonly DiagnosticCode DataUnusedMetric = W("OKR0230", "A CSV column (wide file) or metric id (long file) matches no KPI id and no key result's metric, so its values are shown nowhere; often a typo in the header.", "Rename the column or metric to the suggested KPI id, add a KPI file content/kpis/<metric>.md for it, or remove it from the export.");
    public static readonly DiagnosticCode CheckInCsvBadHeader = E("OKR0240", "A check-ins CSV header lacks one of the columns objective, kr, date and value or confidence, or names a column OkrSite does not know.", "Name the columns objective,kr,date,value,confidence,comment (value, confidence and comment may be left out, but not both value and confidence).");
    public static readonly DiagnosticCode CheckInCsvBadDate = E("OKR0241", "A check-ins CSV date is not a real date in a known format.", "Use yyyy-MM-dd (or dd.MM.yyyy, yyyy/MM/dd), or set csv.dateFormat in site.json.");
    public static readonly DiagnosticCode CheckInCsvBadNumber = E("OKR0242", "A check-ins CSV value is not a number and not one of the missing markers (empty, -, n/a, #N/A, null).", "Fix the value with the file's decimal separator, or leave the cell empty if the check-in has no value.");
    public static readonly DiagnosticCode CheckInCsvBadConfidence = E("OKR0243", "A check-ins CSV confidence is not a number from 0 to 10, low, medium, high or n/10 (such as 6/10).", "Write the confidence as a number from 0 to 10, or as low (3), medium (5) or high (8); leave the cell empty if the check-in gives none.");
    public static readonly DiagnosticCode CheckInCsvIncomplete = E("OKR0244", "A check-ins CSV row has no objective, key result or date, or neither a value nor a confidence.", "Fill in the objective, kr and date columns and at least one of value and confidence.");
    public static readonly DiagnosticCode CheckInNoFiles = W("OKR0245", "A checkIns.files glob in site.json matched no file.", "Check the glob, or remove it from checkIns.files.");

    // links and rules across files
    public static readonly DiagnosticCode UnknownObjective = E("OKR0301", "aligns_to names an objective that does not exist.", "Use the id of an existing objective (its file name without .md, or its 'id:'), or period/id such as 2026-Q3/company-growth.");
    public static readonly DiagnosticCode UnknownTeam = E("OKR0302", "A team or parent names a team that does not exist.", "Use the id of a file in content/teams/, or add that team.");
    public static readonly DiagnosticCode AlignmentCycle = E("OKR0303", "aligns_to links form a cycle, so no objective is at the top.", "Remove one aligns_to link of the cycle the message lists.");
    public static readonly DiagnosticCode TeamCycle = E("OKR0304", "Team parents form a cycle.", "Remove one parent link of the cycle the message lists.");
    public static readonly DiagnosticCode TargetEqualsBaseline = E("OKR0305", "A metric key result's target equals its baseline, so its progress cannot be measured.", "Set a target that differs from the baseline.");
    public static readonly DiagnosticCode MissingTarget = E("OKR0306", "A metric key result has no target.", "Add 'target:' to the key result, or make it a milestone with 'type: milestone'.");
    public static readonly DiagnosticCode UnknownMetric = W("OKR0307", "A key result's metric matches no series in the CSV data and no KPI.", "Check the metric id against the CSV headers and content/kpis/.");
    public static readonly DiagnosticCode MissingBaseline = W("OKR0308", "A metric key result has no baseline and the data has no value before its period starts, so it cannot be scored.", "Add 'baseline:' to the key result, or data from before the period.");
    public static readonly DiagnosticCode ThresholdOrder = E("OKR0309", "A KPI's green and red thresholds are the wrong way round for its direction.", "For direction higher green must be at least red; for lower, at most red.");
    public static readonly DiagnosticCode NoAsOf = E("OKR0310", "There is no report date: no asOf in site.json or on the command line, and no dated data.", "Set \"asOf\": \"yyyy-MM-dd\" in site.json or pass --as-of.");
    public static readonly DiagnosticCode PeriodWithoutObjectives = W("OKR0311", "The reporting period has no objectives.", "Check the period in site.json or --period, or add objectives for it.");
    public static readonly DiagnosticCode NoMetric = E("OKR0312", "A metric key result has neither a metric nor a current value, so it can never be scored.", "Add 'metric:' (a KPI or CSV series id) or 'current:', or make it a milestone.");
    public static readonly DiagnosticCode NotFinite = E("OKR0313", "A score could not be computed because a value is too large.", "Check baseline, target and current for values beyond the range of numbers.");
    public static readonly DiagnosticCode AmbiguousObjective = E("OKR0330", "aligns_to names an objective by an id that objectives of several periods use, so it is not clear which one is meant.", "Write the objective as period/id, such as 2026-Q3/company-growth; the message lists the ones that exist.");
    public static readonly DiagnosticCode KpiWithoutData = W("OKR0340", "A KPI has no value on or before the report date in the CSV data, so its pages show no data.", "Add a column (wide) or rows (long) named by the KPI id to a file the 'data' globs match; the message names the files read and the nearest unused column.");
    public static readonly DiagnosticCode KeyResultWithoutValue = W("OKR0341", "A metric key result of a period that has started has no 'current:' and its metric has no value up to the report date (or the period's end), so it has no score.", "Add data for the metric up to the report date, or write 'current:' in the key result.");
    public static readonly DiagnosticCode CheckInUnknownObjective = E("OKR0350", "A check-in names an objective that does not exist.", "Use the id of an existing objective, or period/id such as 2026-Q4/loyal-customers-q4.");
    public static readonly DiagnosticCode CheckInUnknownKeyResult = E("OKR0351", "A check-in names a key result its objective does not have.", "Use the key result's id: its 'id:', or kr1, kr2, … by its position in key_results.");
    public static readonly DiagnosticCode CheckInDuplicate = E("OKR0352", "A key result has two check-ins on the same date (in one file, two files, or a CSV and its front matter), so it is not clear which one counts.", "Remove one of the two, or correct its date.");
    public static readonly DiagnosticCode CheckInMilestoneValue = W("OKR0353", "A check-in gives a value for a milestone key result, which has no value; the value is ignored (its confidence and comment are kept).", "Leave the value out; record a milestone's progress with 'progress:' or 'done:' in its front matter.");
    public static readonly DiagnosticCode CheckInOutsidePeriod = W("OKR0354", "A check-in is dated outside its key result's period; it is ignored.", "Correct the date, or record the check-in on the key result of the period it belongs to.");
    public static readonly DiagnosticCode CheckInAmbiguousObjective = E("OKR0355", "A check-ins CSV names an objective by an id that objectives of several periods use, and the check-in's date does not pick exactly one of them.", "Write the objective as period/id, such as 2026-Q4/loyal-customers-q4.");

    // theme
    public static readonly DiagnosticCode UnknownTheme = E("OKR0401", "site.json names a theme that is neither 'default' nor a folder under themes/.", "Create themes/<name>/ in the site folder, or set \"theme\": \"default\".");
    public static readonly DiagnosticCode TemplateError = E("OKR0402", "A theme template does not parse or fails while rendering a page.", "Fix the template at the reported line; the message names the page being rendered.");
    public static readonly DiagnosticCode ThemeOutsideSite = E("OKR0403", "A theme file or folder is a link that leads outside the site folder, or to nothing; it is not read.", "Copy the file into the theme folder, or point the link at a file inside the site folder.");
    public static readonly DiagnosticCode ThemeIncludeOutside = E("OKR0404", "A template includes a path that is absolute or has a '..' segment, which could leave the theme.", "Include a partial by its name ('card.html') or by a path inside the theme ('partials/card.html').");
    public static readonly DiagnosticCode ThemeLinkLoop = W("OKR0405", "A folder link in the theme leads back to a folder that contains it or to a folder that is read already, or links lead to each other; it is skipped.", "Remove the link, or point it at a folder that is not read otherwise.");
    public static readonly DiagnosticCode ThemeNotRegularFile = E("OKR0406", "A theme file is a FIFO, socket or device, not a regular file; it is not opened.", "Replace it by a regular file, or remove it.");
    public static readonly DiagnosticCode ThemeFolderUnreadable = E("OKR0407", "A theme folder cannot be listed, so its files cannot be read.", "Check the folder's permissions.");
    public static readonly DiagnosticCode StaticNotCopied = E("OKR0408", "An entry under static/ is a link that leads outside the site folder or to nothing, a FIFO, socket or device, a loop of folder links, or a folder that cannot be listed; it is not copied, so the published site would lack it.", "Copy the file into static/, replace the special file by a regular one, or remove the entry.");
    public static readonly DiagnosticCode StaticCollision = E("OKR0409", "A file under static/ would land on a file or folder OkrSite generates (a page, report.json, a chart, an asset, the output marker).", "Rename or move the static file; the message names the generated file it collides with.");

    // the OKR coach (method checks: advice, so warnings; docs/coach.md explains each)
    public static readonly DiagnosticCode CoachUnknownCheck = W("OKR0500", "A coach switch (site.json coach.off, or coach: off: [...] in front matter) names a check that does not exist; it switches nothing off.", "Use a check's code (OKR0501) or name (key-results), as docs/coach.md lists them, or the suggested one.");
    public static readonly DiagnosticCode CoachKeyResultCount = W("OKR0501", "An objective has fewer key results than coach.keyResults.min (2) or more than coach.keyResults.max (5).", "Add a key result that measures the outcome, or move the extra ones to another objective or to a KPI.");
    public static readonly DiagnosticCode CoachObjectivesPerTeam = W("OKR0502", "A team has more objectives in one period than coach.objectivesPerTeam (5).", "Choose the few objectives that matter most this period; keep the rest as KPIs or for a later period.");
    public static readonly DiagnosticCode CoachLaggingKpi = W("OKR0503", "A quarterly key result tracks a KPI marked indicator: lagging, which rarely moves within a quarter.", "Track a leading metric that moves first (visits, time on page, shares) and keep the lagging KPI as the outcome you watch.");
    public static readonly DiagnosticCode CoachMilestonesOnly = W("OKR0504", "Every key result of an objective is a milestone: it measures effort, not an outcome.", "Turn at least one key result into a metric with a baseline and a target that shows the result of the work.");
    public static readonly DiagnosticCode CoachBusinessAsUsual = W("OKR0505", "An objective's title starts with a business-as-usual word (maintain, keep, continue, ...): holding a level is a KPI's job, not an objective's.", "Track the level as a KPI with thresholds, and write objectives for what should change.");
    public static readonly DiagnosticCode CoachSandbagging = W("OKR0506", "An aspirational objective scored 1.0 on every key result at the end of its period: its targets were likely set too low.", "Set aspirational targets where 0.7 is a success, or mark the objective kind: committed if 1.0 is the expectation.");
    public static readonly DiagnosticCode CoachTeamSandbagging = W("OKR0507", "A team's objectives averaged above coach.scores.high (0.9) in two closed periods in a row.", "Set more ambitious targets next period; consistently full scores mean the goals are not stretching.");
    public static readonly DiagnosticCode CoachChronicMiss = W("OKR0508", "A team's objectives averaged below coach.scores.low (0.3) in two closed periods in a row.", "Set fewer, more reachable objectives, or find out what blocks the team before the next period.");
    public static readonly DiagnosticCode CoachKpiIncomplete = W("OKR0509", "A KPI lacks what a structured KPI needs: a unit, a data source, a reporting frequency, an owner or thresholds (green/red).", "Add the fields the message lists to the KPI's front matter.");
    public static readonly DiagnosticCode CoachKpisPerTeam = W("OKR0510", "A team owns more KPIs than coach.kpisPerTeam (10).", "Keep the few KPIs the team acts on; move the rest to a report or to the team they belong to.");
    public static readonly DiagnosticCode CoachRedKpiUnattended = W("OKR0511", "A KPI is in its red zone (critical) and no key result of an open period tracks it.", "Set an objective with a key result on this KPI for the current or next period, or explain why not.");
    public static readonly DiagnosticCode CoachSuddenChange = W("OKR0512", "A KPI's latest value moved the bad way by more than coach.alerts.change (20 %) of the value before it.", "Check the data; if it is real, find the cause and consider an objective for it.");
    public static readonly DiagnosticCode CoachOrphanObjective = W("OKR0513", "An objective aligns to nothing while its team has a parent team with objectives of the same or an enclosing period.", "Add aligns_to with the parent team's objective this one contributes to.");
    public static readonly DiagnosticCode CoachConfidenceCalibration = W("OKR0514", "A key result's first check-in has a confidence above coach.confidence.high (7) or below coach.confidence.low (3): at the start of a period about 5 is calibrated.", "Set the target so that the first check-in can honestly say about 5 out of 10.");
    // frozen archives (okrsite freeze, content/archive/)
    public static readonly DiagnosticCode ArchiveInvalidJson = E("OKR0601", "An archive in content/archive/ is not valid JSON (or not UTF-8).", "Restore the file from git (okrsite freeze writes archives; they are not edited by hand), or freeze the period again with 'okrsite freeze PERIOD --force'.");
    public static readonly DiagnosticCode ArchiveInvalid = E("OKR0602", "An archive does not match the archive format (docs/schema/archive.schema.json): a key is missing, unknown or of the wrong type, a key is given twice, or a date or number in it is not valid.", "Restore the file from git, or freeze the period again with 'okrsite freeze PERIOD --force'.");
    public static readonly DiagnosticCode ArchiveWrongName = E("OKR0603", "An archive's file name is not the period it holds: content/archive/2026-Q3.json must hold \"period\": \"2026-Q3\".", "Rename the file after the period it holds, or delete it and freeze the period again.");
    public static readonly DiagnosticCode ArchiveWithoutObjectives = W("OKR0604", "An archive is for a period that no longer has objectives, so it is not shown.", "Delete the archive if the period's objectives were removed on purpose, or restore them from git.");
    public static readonly DiagnosticCode DriftTarget = W("OKR0610", "A target or baseline of a frozen period's key result was edited after the freeze, or the data before the period now gives another baseline (target drift): its pages show the frozen value.", "Revert the edit if the period was presented with the frozen value, or adopt the new one with 'okrsite freeze PERIOD --force'.");
    public static readonly DiagnosticCode DriftWeight = W("OKR0611", "A weight of a frozen period's key result was edited after the freeze: its pages show the frozen weight and score.", "Revert the edit, or adopt it with 'okrsite freeze PERIOD --force'.");
    public static readonly DiagnosticCode DriftTitle = W("OKR0612", "A title of a frozen period's objective or key result was edited after the freeze: its pages show the frozen title.", "Revert the edit, or adopt it with 'okrsite freeze PERIOD --force'.");
    public static readonly DiagnosticCode DriftFigure = W("OKR0613", "The live inputs of a frozen period would now give another current value, score or status (the data changed: a corrected row, an export whose window no longer covers the period, a value written in the front matter): its pages show the frozen figure.", "Nothing to do when the frozen figures are the ones presented; to adopt the new ones, 'okrsite freeze PERIOD --force'.");
    public static readonly DiagnosticCode DriftAdded = W("OKR0614", "An objective or key result was added to a frozen period after the freeze: an added objective shows live figures, an added key result is not shown.", "Move it to an open period, or adopt it with 'okrsite freeze PERIOD --force'.");
    public static readonly DiagnosticCode DriftRemoved = W("OKR0615", "An objective or key result of a frozen period's archive is no longer in the content: a removed key result is still shown from the archive, a removed objective is not.", "Restore it from git, or adopt the removal with 'okrsite freeze PERIOD --force'.");
    public static readonly DiagnosticCode FreezeArchiveExists = E("OKR0620", "okrsite freeze: the period has an archive already, which it does not overwrite.", "Pass --force to freeze the period again (the old archive stays in git's history), or leave it as it is.");
    public static readonly DiagnosticCode FreezePeriodOpen = E("OKR0621", "okrsite freeze: the period has not ended at the report date, so its figures are not final yet.", "Freeze the period once it has ended; with data that is complete earlier, pass --as-of with the period's last day.");
    public static readonly DiagnosticCode FreezeNoObjectives = E("OKR0622", "okrsite freeze: the period has no objectives.", "Name a period that has objectives, such as 2026-Q3.");
    public static readonly DiagnosticCode FreezeWriteFailed = E("OKR0623", "okrsite freeze could not write the archive: content/archive is a link or not a folder, the archive is a link or a folder, or the disk refused.", "Make content/archive a plain folder inside the site (or remove it so freeze creates it), and check disk space and permissions.");
    // comparisons with a previous report
    public static readonly DiagnosticCode PreviousReportMissing = W("OKR0630", "The previous report named by compareTo or --compare-to does not exist (the first CI run has none); the build goes on without a comparison.", "Nothing to fix on a first run; otherwise check the path, or download the last published report.json before the build.");
    public static readonly DiagnosticCode PreviousReportUnreadable = E("OKR0631", "The previous report cannot be read as JSON: it is not valid JSON or not UTF-8, not a JSON object, a folder, a FIFO or device, a link out of the site, or the file cannot be opened.", "Pass the report.json an OkrSite build wrote (a download that failed often saved an HTML error page instead).");
    public static readonly DiagnosticCode PreviousReportVersion = E("OKR0632", "The previous report is not report.json version 2: a version 1 file (written before objective keys per period), another version, or a JSON file that is no OkrSite report.", "Build the previous state again with this OkrSite (check out its commit and run okrsite build --as-of <its date>) and compare with that report.json.");
    public static readonly DiagnosticCode PreviousReportInvalid = E("OKR0633", "The previous report does not match report.json's schema (docs/schema/report.schema.json): a field OkrSite reads is missing or has the wrong type, a number is beyond the range of numbers, or an objective key or key result id is given twice.", "Compare with a report.json as OkrSite wrote it; the message names the first fields that do not match and their lines.");
    public static readonly DiagnosticCode PreviousReportLater = W("OKR0634", "The previous report's date is after this report's date, so the comparison reads backwards.", "Check --as-of and the file compared with; the comparison still shows the differences, from the file to this build.");
    public static readonly DiagnosticCode DiffFileMissing = E("OKR0635", "A report file given to okrsite diff does not exist.", "Check the path; in CI, skip the diff step when the previous report could not be downloaded.");

    // the build itself
    public static readonly DiagnosticCode OutputRefused = E("OKR0901", "The output folder is not one OkrSite may replace (it holds the site itself, has no .okrsite-output marker, or --out is a dangling link or a link to a non-folder).", "Choose another --out folder, or delete the folder first.");
    public static readonly DiagnosticCode OutputFailed = E("OKR0902", "The output could not be written; the previous output is left as it was.", "Check disk space and permissions of the output folder.");
    public static readonly DiagnosticCode OutputLocked = E("OKR0903", "Another build kept the output folder's lock longer than --lock-timeout.", "Wait for the other build to finish, raise --lock-timeout, or build into another --out; a build that died releases its lock by itself.");
    public static readonly DiagnosticCode OutputForeignEntry = E("OKR0904", "The previous output holds an entry OkrSite did not write (a file someone added, a link, a listed file that is now a link or a special file), so it is not replaced.", "Move the entry out of the output (a file the site should publish belongs in static/) or delete it, then build again.");
    public static readonly DiagnosticCode CacheRefused = W("OKR0905", "The cache folder is not OkrSite's (not empty and without OkrSite's CACHEDIR.TAG, a link to such a folder, or not a folder); the build goes on without the cache.", "Pass --cache-dir with a new or empty folder, or delete the folder once so OkrSite can create its own.");
    public static readonly DiagnosticCode LockFileRefused = E("OKR0906", "The lock file beside the output (<out>.okrsite-lock) is a link, a folder or a special file.", "Delete it; OkrSite creates it as a plain file.");
    public static readonly DiagnosticCode CacheBusy = W("OKR0907", "Another build kept the chart cache's lock longer than --lock-timeout; this build drew every chart itself.", "Nothing to fix for this build; give builds that run at the same time their own --cache-dir, or raise --lock-timeout.");

    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        SiteConfigMissing, SiteConfigInvalidJson, SiteConfigUnknownKey, SiteConfigInvalidValue, SiteConfigMissingTitle,
        SiteConfigDuplicateKey, SiteConfigBadBaseUrl, SiteConfigBadDataFolder, SiteConfigNotAFile,
        SiteConfigBadLogo, SiteConfigLogoMissing, SiteConfigBaseUrlUnused,
        SiteConfigBadCompareTo,
        FrontMatterMissing, YamlSyntax, UnknownField, WrongType, RequiredField, InvalidId, DuplicateId, InvalidChoice, InvalidPeriod, OutOfRange, NoKeyResults, ContentUnreadable,
        ContentOutsideSite, ContentLinkLoop, ContentNotRegularFile, ContentFolderUnreadable,
        MarkdownTooDeep, TooManyKeyResults,
        CheckInBadConfidence, CheckInIncomplete,
        DataNoFiles, DataBadHeader, DataBadNumber, DataBadDate, DataFieldCount, DataDuplicate, DataNotUtf8, DataEmpty, DataBadQuote, DataUnreadable,
        DataGlobOutside, DataOutsideSite, DataLinkLoop, DataNotRegularFile, DataFolderUnreadable,
        DataDateOutOfRange,
        DataUnusedMetric,
        CheckInCsvBadHeader, CheckInCsvBadDate, CheckInCsvBadNumber, CheckInCsvBadConfidence, CheckInCsvIncomplete, CheckInNoFiles,
        UnknownObjective, UnknownTeam, AlignmentCycle, TeamCycle, TargetEqualsBaseline, MissingTarget, UnknownMetric, MissingBaseline, ThresholdOrder, NoAsOf, PeriodWithoutObjectives, NoMetric, NotFinite,
        AmbiguousObjective,
        KpiWithoutData, KeyResultWithoutValue,
        CheckInUnknownObjective, CheckInUnknownKeyResult, CheckInDuplicate, CheckInMilestoneValue, CheckInOutsidePeriod, CheckInAmbiguousObjective,
        UnknownTheme, TemplateError,
        ThemeOutsideSite, ThemeIncludeOutside, ThemeLinkLoop, ThemeNotRegularFile, ThemeFolderUnreadable,
        StaticNotCopied, StaticCollision,
        CoachUnknownCheck, CoachKeyResultCount, CoachObjectivesPerTeam, CoachLaggingKpi, CoachMilestonesOnly, CoachBusinessAsUsual, CoachSandbagging, CoachTeamSandbagging,
        CoachChronicMiss, CoachKpiIncomplete, CoachKpisPerTeam, CoachRedKpiUnattended, CoachSuddenChange, CoachOrphanObjective, CoachConfidenceCalibration,
        ArchiveInvalidJson, ArchiveInvalid, ArchiveWrongName, ArchiveWithoutObjectives,
        DriftTarget, DriftWeight, DriftTitle, DriftFigure, DriftAdded, DriftRemoved,
        FreezeArchiveExists, FreezePeriodOpen, FreezeNoObjectives, FreezeWriteFailed,
        PreviousReportMissing, PreviousReportUnreadable, PreviousReportVersion, PreviousReportInvalid, PreviousReportLater, DiffFileMissing,
        OutputRefused, OutputFailed,
        OutputLocked, OutputForeignEntry, CacheRefused, LockFileRefused, CacheBusy,
    ];
}
