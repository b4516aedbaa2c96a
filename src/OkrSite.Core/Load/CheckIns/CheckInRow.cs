using OkrSite.Core.Model;

namespace OkrSite.Core.Load.CheckIns;

/// <summary>A row of a check-ins CSV: the objective and key result it names (as written, resolved by Validate) and the check-in.</summary>
internal sealed record CheckInRow(Located<string> Objective, Located<string> KeyResult, CheckIn CheckIn);
