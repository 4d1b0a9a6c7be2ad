using Microsoft.AspNetCore.Identity;

namespace Salgskraft.Core.Identity;

/// <summary>A login. What it may see is decided per company by its <see cref="Membership"/>s.</summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>A disabled user is refused at the next request, whatever cookie or token they hold.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>The company the user last switched to; the UI and the API use it when no company is named.</summary>
    public int? SelectedCompanyId { get; set; }

    public ICollection<Membership> Memberships { get; } = [];
}
