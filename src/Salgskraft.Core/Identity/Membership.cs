using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Identity;

/// <summary>A user's role in one company, and the person they are there (if any).</summary>
public sealed class Membership
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public int CompanyId { get; set; }

    public AccessRole Role { get; set; }

    public int? PersonId { get; set; }
}
