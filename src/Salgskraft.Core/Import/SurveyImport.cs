using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Salgskraft.Domain.Loyalty;

namespace Salgskraft.Core.Import;

/// <summary>
/// Survey answers: one row per customer and date with any number of question columns <c>q1..qn</c>; each score is
/// kept as one <see cref="SurveyAnswer"/>, upserted by customer, date and question. An empty cell is no answer.
/// </summary>
internal static class SurveyImport
{
    public static async Task RunAsync(ImportRun run, CancellationToken ct)
    {
        var db = run.Db;
        var company = run.CompanyId;
        var customers = await db.Customers.Where(c => c.CompanyId == company).ToDictionaryAsync(c => c.ExternalId, c => c.Id, StringComparer.Ordinal, ct);
        var questions = run.Session.Mapping!.Fields.Where(f => f.Name.StartsWith('q')).Select(f => f.Name).ToList();
        if (questions.Count == 0)
        {
            run.Errors.Add(run.Session.Format!.HeaderLine, null, null, ImportReasons.NoQuestionColumns());
            return;
        }

        var answers = new List<(int Customer, DateOnly Date, string Question, decimal Score)>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in run.ReadRows())
        {
            var key = run.Text(row, "customer_id", ImportRun.IdLength);
            var customer = run.Reference(row, "customer_id", key, customers, ImportReasons.UnknownCustomer);
            if (!row.IsValid || customer is null || row.GetDate("date") is not { } date
                || !run.Unique(row, seen, "customer_id", string.Create(CultureInfo.InvariantCulture, $"{key} {date:yyyy-MM-dd}")))
            {
                continue;
            }

            answers.AddRange(questions.Where(q => row.GetDecimal(q) is not null).Select(q => (customer.Value, date, q, row.GetDecimal(q)!.Value)));
        }

        if (run.Errors.HasErrors)
        {
            return;
        }

        var existing = await db.SurveyAnswers.Where(a => a.CompanyId == company)
            .ToDictionaryAsync(a => (a.CustomerId, a.Date, a.Question), ct);
        foreach (var (customer, date, question, score) in answers)
        {
            if (existing.TryGetValue((customer, date, question), out var answer))
            {
                answer.Score = score;
            }
            else
            {
                db.SurveyAnswers.Add(new SurveyAnswer { CompanyId = company, CustomerId = customer, Date = date, Question = question, Score = score });
            }
        }

        var counts = (await ChangeLog.SaveAsync(db, run.Batch.Id, ct)).GetValueOrDefault(nameof(SurveyAnswer));
        (run.Added, run.Updated) = (counts.Added, counts.Modified);
        run.Rows = answers.Count;
    }
}
