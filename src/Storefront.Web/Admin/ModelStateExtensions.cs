using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Storefront.Domain.Common;

namespace Storefront.Web.Admin;

public static class ModelStateExtensions
{
    /// <summary>
    /// Sends a command; a failed validation or a broken shop rule becomes form errors (fields under <paramref name="prefix"/>)
    /// instead of an exception, and nothing was saved.
    /// </summary>
    public static async Task<(bool Succeeded, T? Result)> TrySendAsync<T>(
        this ISender sender, ICommand<T> command, ModelStateDictionary modelState, string prefix, CancellationToken cancellationToken)
    {
        try
        {
            return (true, await sender.Send(command, cancellationToken));
        }
        catch (ValidationException e)
        {
            foreach (var error in e.Errors)
            {
                modelState.AddModelError(string.IsNullOrEmpty(error.PropertyName) ? string.Empty : $"{prefix}{error.PropertyName}", error.ErrorMessage);
            }
        }
        catch (DomainException e)
        {
            modelState.AddModelError(string.Empty, e.Message);
        }

        return (false, default);
    }
}
