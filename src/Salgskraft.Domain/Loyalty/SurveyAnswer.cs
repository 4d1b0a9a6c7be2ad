namespace Salgskraft.Domain.Loyalty;

/// <summary>One customer's score on one question of a customer survey, as the survey file gives it.</summary>
public sealed class SurveyAnswer
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public int CustomerId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The question's canonical name, <c>q1</c>, <c>q2</c>, …</summary>
    public required string Question { get; set; }

    public decimal Score { get; set; }
}
