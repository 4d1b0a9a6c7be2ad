using Salgskraft.Core.Access;

namespace Salgskraft.Web.Infrastructure;

/// <summary>The request's resolved access, set by <see cref="AccessFilter"/> before any API handler runs.</summary>
public sealed class CurrentAccess
{
    private AccessContext? context;

    public AccessContext Context
    {
        get => context ?? throw new InvalidOperationException("Access was not resolved for this request.");
        set => context = value;
    }
}
