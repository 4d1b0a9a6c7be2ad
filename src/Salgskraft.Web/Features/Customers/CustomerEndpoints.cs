using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Customers;
using Salgskraft.Core.Data;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.Customers;

public sealed record CustomerResponse(int Id, string ExternalId, string Name, string? Segment, int? OwnerId, int? UnitId, decimal? Potential,
    bool IsDevelopmentCustomer);

public sealed record DevelopmentCustomerRequest(bool IsDevelopmentCustomer);

public static class CustomerEndpoints
{
    private const int MaxPageSize = 500;

    public static RouteGroupBuilder MapCustomerEndpoints(this RouteGroupBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers");
        customers.MapGet("/", List).WithName("ListCustomers").WithSummary("Customers the caller may see, by name, paged.");
        customers.MapGet("/{id:int}", Get).WithName("GetCustomer").WithSummary("One customer, if the caller may see it (else 404).");
        customers.MapPut("/{id:int}/development-customer", SetDevelopmentCustomer).WithName("SetDevelopmentCustomer")
            .WithSummary("Names the customer a development customer, or no longer (a manager for their units' customers, a director or an administrator).");
        return api;
    }

    public static async Task<List<CustomerResponse>> List(CurrentAccess current, SalgskraftDbContext db, string? search,
        int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize ?? 100, 1, MaxPageSize);
        var q = db.Customers(current.Context.Scope);
        if (!string.IsNullOrWhiteSpace(search))
        {
            q = q.Where(c => c.Name.Contains(search) || c.ExternalId.Contains(search));
        }

        return await q.OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Skip((Math.Max(page ?? 1, 1) - 1) * size).Take(size)
            .Select(c => new CustomerResponse(c.Id, c.ExternalId, c.Name, c.Segment, c.OwnerId, c.UnitId, c.Potential, c.IsDevelopmentCustomer))
            .ToListAsync(cancellationToken);
    }

    public static async Task<Results<Ok<CustomerResponse>, NotFound>> Get(int id, CurrentAccess current, SalgskraftDbContext db,
        CancellationToken cancellationToken)
    {
        var customer = await db.Customers(current.Context.Scope).Where(c => c.Id == id)
            .Select(c => new CustomerResponse(c.Id, c.ExternalId, c.Name, c.Segment, c.OwnerId, c.UnitId, c.Potential, c.IsDevelopmentCustomer))
            .SingleOrDefaultAsync(cancellationToken);
        return customer is null ? TypedResults.NotFound() : TypedResults.Ok(customer);
    }

    public static async Task<Results<Ok<CustomerResponse>, NotFound>> SetDevelopmentCustomer(int id, DevelopmentCustomerRequest request, CurrentAccess current,
        DevelopmentCustomerService service, SalgskraftDbContext db, CancellationToken cancellationToken)
    {
        await service.SetAsync(current.Context, id, request.IsDevelopmentCustomer, cancellationToken);
        return await Get(id, current, db, cancellationToken);
    }
}
