using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Data;
using SelfCompassion.Ownership;

namespace SelfCompassion.Tests.Architecture;

/// <summary>The owner guard covers every table that holds a person's own records, including tables added later.</summary>
public class ModelTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void Every_record_with_an_owner_is_an_owned_record_filtered_by_its_owner()
    {
        using var scope = app.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;
        var withOwner = model.GetEntityTypes().Where(t => t.FindProperty("OwnerId") is not null).ToList();

        Assert.NotEmpty(withOwner);
        Assert.All(withOwner, type =>
        {
            Assert.True(typeof(IOwnedRecord).IsAssignableFrom(type.ClrType), $"{type.ClrType.Name} has an OwnerId but is not an IOwnedRecord");
            Assert.NotEmpty(type.GetDeclaredQueryFilters());
        });
    }
}
