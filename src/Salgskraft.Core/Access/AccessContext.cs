using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Access;

/// <summary>Who is asking, in which company, and what they may see. Built fresh for every request.</summary>
public sealed record AccessContext(
    string UserId,
    string Email,
    AccessRole Role,
    int? PersonId,
    string? PersonName,
    CompanyRef Company,
    IReadOnlyList<CompanyRef> Companies,
    VisibilityScope Scope);

public sealed record CompanyRef(int Id, string Slug, string Name, string Currency, string Culture);
