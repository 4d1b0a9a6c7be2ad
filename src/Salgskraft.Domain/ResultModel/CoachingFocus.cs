namespace Salgskraft.Domain.ResultModel;

/// <summary>
/// The coaching focus that follows from the weakest factor, as resource keys for the UI text: better targeting for
/// qualify, more activity for quantity, competence and skills for quality.
/// </summary>
public static class CoachingFocus
{
    public const string BetterTargeting = "ResultModel.Focus.BetterTargeting";
    public const string MoreActivity = "ResultModel.Focus.MoreActivity";
    public const string CompetenceAndSkills = "ResultModel.Focus.CompetenceAndSkills";

    public static string KeyFor(ResultFactor factor) => factor switch
    {
        ResultFactor.Qualify => BetterTargeting,
        ResultFactor.Quantity => MoreActivity,
        ResultFactor.Quality => CompetenceAndSkills,
        _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, null),
    };
}
