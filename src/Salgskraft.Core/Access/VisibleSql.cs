using Salgskraft.Core.Data;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Access;

/// <summary>
/// The rule of <see cref="Visible"/> as SQL conditions, for the reads that run without EF (<see cref="SqlReads"/>,
/// decision 0009). Each method is the condition of the <see cref="Visible"/> method named in its summary, on the table
/// that the alias names; <c>VisibleSqlTests</c> proves on both databases that each selects the same rows.
/// Whoever changes a rule in <see cref="Visible"/> changes it here too.
/// </summary>
public static class VisibleSql
{
    /// <summary><see cref="Visible.People"/>.</summary>
    public static string People(VisibilityScope scope, string alias, SqlArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var company = Company(scope, alias, arguments);
        return scope switch
        {
            { PersonId: { } person } => $"{company} AND {alias}.\"Id\" = {arguments.Add(person)}",
            { UnitIds: { } units } => $"{company} AND {In($"{alias}.\"UnitId\"", units, arguments)}",
            _ => company,
        };
    }

    /// <summary><see cref="Visible.Units"/>.</summary>
    public static string Units(VisibilityScope scope, string alias, SqlArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var company = Company(scope, alias, arguments);
        return scope switch
        {
            { PersonId: { } person } =>
                $"{company} AND {alias}.\"Id\" IN (SELECT vp.\"UnitId\" FROM \"People\" AS vp WHERE vp.\"Id\" = {arguments.Add(person)})",
            { UnitIds: { } units } => $"{company} AND {In($"{alias}.\"Id\"", units, arguments)}",
            _ => company,
        };
    }

    /// <summary><see cref="Visible.Customers"/>: a salesperson's own, a manager's those of their units or their people.</summary>
    public static string Customers(VisibilityScope scope, string alias, SqlArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var company = Company(scope, alias, arguments);
        return scope switch
        {
            { PersonId: { } person } => $"{company} AND {alias}.\"OwnerId\" = {arguments.Add(person)}",
            { UnitIds: { } units } =>
                $"{company} AND ({In($"{alias}.\"UnitId\"", units, arguments)} OR {alias}.\"OwnerId\" IN ({PeopleIds(scope, arguments)}))",
            _ => company,
        };
    }

    /// <summary>
    /// Rows that belong to the person in <paramref name="personColumn"/>: <see cref="Visible.CustomerMonthSales"/> and
    /// <see cref="Visible.SalesLines"/> (the salesperson), <see cref="Visible.Activities"/> and
    /// <see cref="Visible.DirectSalesCosts"/> (the person who did it or is booked on it). A row on no one is the company's.
    /// </summary>
    public static string ByPerson(VisibilityScope scope, string alias, string personColumn, SqlArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var company = Company(scope, alias, arguments);
        return scope switch
        {
            { PersonId: { } person } => $"{company} AND {alias}.\"{personColumn}\" = {arguments.Add(person)}",
            { UnitIds: not null } => $"{company} AND {alias}.\"{personColumn}\" IN ({PeopleIds(scope, arguments)})",
            _ => company,
        };
    }

    private static string PeopleIds(VisibilityScope scope, SqlArguments arguments) =>
        $"SELECT vp.\"Id\" FROM \"People\" AS vp WHERE {People(scope, "vp", arguments)}";

    private static string Company(VisibilityScope scope, string alias, SqlArguments arguments) =>
        $"{alias}.\"CompanyId\" = {arguments.Add(scope.CompanyId)}";

    // A NULL column is in no set, as in LINQ's Contains; an empty set selects nothing (PostgreSQL refuses "IN ()").
    private static string In(string column, IReadOnlySet<int> ids, SqlArguments arguments) => ids.Count == 0
        ? "1 = 0"
        : $"{column} IN ({string.Join(", ", ids.Order().Select(id => arguments.Add(id)))})";
}
