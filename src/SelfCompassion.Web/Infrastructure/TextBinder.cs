using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// Text bound from a query, a route or a form arrives without U+0000. No keyboard types it, and PostgreSQL refuses it
/// in any text it is given, so an address carrying one (a broken or hostile client: `/account/confirm-email?userId=%00`)
/// met the error page. ASP.NET Core refuses a URL-encoded form carrying one as broken before binding; a multipart form
/// (the import page) reaches binding, and is cleaned here too. Dropping it changes nothing a person wrote.
/// </summary>
internal sealed class TextBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result.Model is string text && text.Contains('\0', StringComparison.Ordinal))
        {
            var kept = text.Replace("\0", "", StringComparison.Ordinal);
            var model = kept.Length == 0 && bindingContext.ModelMetadata.ConvertEmptyStringToNull ? null : kept;
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, kept, kept);
            bindingContext.Result = ModelBindingResult.Success(model);
        }
    }
}

internal sealed class TextBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var source = context.BindingInfo.BindingSource;
        var fromValues = source is null || source == BindingSource.Form || source == BindingSource.Query
            || source == BindingSource.Path || source == BindingSource.ModelBinding;
        return context.Metadata.ModelType == typeof(string) && fromValues
            ? new TextBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;
    }
}
