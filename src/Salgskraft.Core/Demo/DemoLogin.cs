using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Demo;

/// <summary>
/// A login the demo data creates. <paramref name="Company"/> is the company's slug;
/// <paramref name="PersonExternalId"/> links the login to the person it acts as, when it has one.
/// </summary>
public sealed record DemoLogin(string Email, string Password, AccessRole Role, string Company, string? PersonExternalId);
