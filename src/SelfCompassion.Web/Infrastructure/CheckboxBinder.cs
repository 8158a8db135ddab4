using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// A checkbox sends "true" (with its hidden "false"), or nothing. Anything else is a forged value, and means no: it
/// is never an error to show, and it must not reach the checkbox tag helper, which can't draw it.
/// </summary>
internal sealed class CheckboxBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }
        // A ticked box sends "true" beside its hidden "false", in whichever order the form lists them.
        var isChecked = value.Values.Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase)
            || string.Equals(v, "on", StringComparison.OrdinalIgnoreCase));
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, new ValueProviderResult(isChecked ? "true" : "false"));
        bindingContext.Result = ModelBindingResult.Success(isChecked);
        return Task.CompletedTask;
    }
}

internal sealed class CheckboxBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(bool) ? new CheckboxBinder() : null;
}
