namespace OkrSite.Benchmarks.Generator;

/// <summary>The vocabulary of the synthetic sites: plausible team names, KPIs, objectives and prose.</summary>
internal static class Words
{
    public static readonly string[] Divisions =
    [
        "Commerce", "Platform", "Customer", "Operations", "Finance", "People", "Data", "Growth", "Infrastructure",
        "Marketplace", "Security", "Product", "Partnerships", "Logistics", "Mobile", "Enterprise",
    ];

    public static readonly string[] Domains =
    [
        "Payments", "Checkout", "Search", "Identity", "Billing", "Onboarding", "Catalog", "Pricing", "Recommendations",
        "Notifications", "Messaging", "Support", "Fulfilment", "Returns", "Reporting", "Analytics", "Storage", "Networking",
        "Compliance", "Fraud", "Loyalty", "Subscriptions", "Invoicing", "Payroll", "Hiring", "Learning", "Content",
        "Localization", "Accessibility", "Observability", "Release", "Developer Tools", "Mobile Apps", "Web", "Partners",
        "Ads", "Campaigns", "Community", "Trust", "Warehouse",
    ];

    public static readonly string[] Qualifiers =
    [
        "Platform", "Experience", "Operations", "Insights", "Core", "Squad", "Services", "Foundations", "Automation", "Quality",
    ];

    /// <summary>Name, unit, direction (true = higher is better), typical range, decimals, bounded to 0..100.</summary>
    public static readonly (string Name, string Unit, bool Higher, double Low, double High, int Decimals, bool Bounded)[] Kpis =
    [
        ("Conversion rate", "%", true, 1.5, 8, 2, true),
        ("Checkout latency p95", "ms", false, 180, 900, 0, false),
        ("Weekly active users", "users", true, 2_000, 250_000, 0, false),
        ("Churn rate", "%", false, 1, 6, 2, true),
        ("Monthly recurring revenue", "kEUR", true, 120, 9_000, 1, false),
        ("Tickets solved within SLA", "%", true, 70, 97, 1, true),
        ("Cost per order", "EUR", false, 2, 25, 2, false),
        ("Error rate", "%", false, 0.1, 3, 2, true),
        ("Deployments", "per week", true, 4, 60, 0, false),
        ("Page load time", "s", false, 0.8, 4.5, 2, false),
        ("Open incidents", "incidents", false, 3, 80, 0, false),
        ("Customer satisfaction", "score (0–100)", true, 55, 92, 1, true),
        ("Lead time for changes", "hours", false, 6, 120, 1, false),
        ("Trial sign-ups", "sign-ups", true, 40, 3_000, 0, false),
        ("Net revenue retention", "%", true, 90, 125, 1, false),
        ("Onboarding completion", "%", true, 35, 90, 1, true),
        ("Average handle time", "minutes", false, 4, 25, 1, false),
        ("Test coverage", "%", true, 40, 92, 1, true),
        ("Qualified leads", "leads", true, 50, 5_000, 0, false),
        ("Infrastructure cost", "kEUR", false, 15, 900, 1, false),
    ];

    public static readonly string[] Sources =
    [
        "Warehouse view 'kpi_daily'", "Looker dashboard 'Weekly business review'", "Google Sheets export", "Salesforce report",
        "Zendesk Explore", "Grafana", "Stripe Sigma", "Amplitude", "Datadog", "Jira dashboard",
    ];

    public static readonly string[] FirstNames =
    [
        "Maya", "Lena", "Jonas", "Priya", "Tom", "Aisha", "Carlos", "Mei", "Olga", "Samuel", "Noah", "Fatima", "Lukas",
        "Sofia", "Kenji", "Amara", "Ines", "David", "Hannah", "Ravi", "Chloe", "Mateo", "Yara", "Erik",
    ];

    public static readonly string[] LastNames =
    [
        "Chen", "Fischer", "Novak", "Patel", "Okafor", "García", "Nguyen", "Schmidt", "Kowalski", "Haddad", "Larsen",
        "Rossi", "Tanaka", "Dubois", "Silva", "Müller", "O'Brien", "Kim", "Jensen", "Costa",
    ];

    public static readonly string[] CompanyObjectives =
    [
        "Grow recurring revenue profitably", "Delight and keep our customers", "Become the most trusted product in our market",
        "Ship faster without breaking things", "Build a great place to work", "Expand into two new regions",
        "Make every team data-driven", "Run a lean, resilient operation",
    ];

    /// <summary>Objective titles; {0} is the team's domain in lower case.</summary>
    public static readonly string[] Objectives =
    [
        "Make {0} effortless for every customer", "Deliver a faster, calmer {0} experience", "Turn {0} into a growth engine",
        "Cut the toil out of {0}", "Earn trust with reliable {0}", "Scale {0} to twice the traffic", "Simplify {0} for new users",
        "Modernise the {0} stack", "Win the enterprise segment with better {0}", "Make {0} measurable end to end",
        "Halve the cost of running {0}", "Ship {0} improvements every week", "Delight customers at every {0} touchpoint",
        "Make {0} accessible to everyone", "Build a world-class {0} team",
    ];

    /// <summary>Milestone key results; {0} is the team's domain in lower case.</summary>
    public static readonly string[] Milestones =
    [
        "Launch the redesigned {0} flow", "Migrate {0} to the new platform", "Publish the {0} roadmap for next year",
        "Hire a staff engineer for {0}", "Retire the legacy {0} service", "Run a {0} usability study with 12 customers",
        "Complete the {0} security review", "Document every {0} runbook", "Roll out feature flags across {0}",
        "Sign two design partners for {0}", "Automate the {0} release checklist", "Set up on-call rotation for {0}",
    ];

    /// <summary>Sentences of the Markdown bodies; {0} team name, {1} domain, {2} KPI name, {3} period.</summary>
    public static readonly string[] Sentences =
    [
        "In {3} we focus on what customers of {1} notice first.",
        "The **{0}** team has owned this area since the reorganisation, and this objective is its main bet.",
        "Our research showed that *most* complaints about {1} come from a handful of slow paths.",
        "We will measure progress weekly in the business review and adjust the plan when {2} does not move.",
        "Nothing here is new work for its own sake: every key result ties back to a company objective.",
        "Last period we learned that shipping small changes often beats one big launch.",
        "The main risk is capacity, because two engineers rotate to the platform migration mid-quarter.",
        "If we get this right, {1} stops being a reason customers leave and becomes a reason they stay.",
        "We agreed with Finance that `{2}` is the number that matters, and we report it from the warehouse.",
        "Dependencies on other teams are listed in the planning document and reviewed every two weeks.",
        "We deliberately left out the reporting overhaul; it is a candidate for next period.",
        "The target is ambitious: reaching 70% of it would already be a good result.",
        "Customers in the pilot asked for fewer clicks, clearer errors and faster answers.",
        "Each key result has one owner, and the owner writes a short update every Friday.",
        "We expect the first effects in the second month of {3}, once the experiment has enough traffic.",
        "Support tickets tagged _{1}_ are the best early signal we have.",
    ];

    public static readonly string[] Bullets =
    [
        "run the experiment on 10% of traffic first", "pair every change with a dashboard", "review results with Design",
        "write the migration guide before the cut-over", "keep the old path behind a flag for a month",
        "share weekly numbers in the all-hands", "interview five churned customers", "fix the top ten error messages",
    ];

    public static readonly string[] Notes =
    [
        "Price change announced", "Campaign \"Spring\" launched, EMEA and APAC", "Outage on 3 hosts; data partial",
        "Back-filled from the warehouse", "New tracking plan deployed", "Holiday: low traffic",
    ];
}
