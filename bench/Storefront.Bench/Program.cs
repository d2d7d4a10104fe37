using Storefront.Bench;

return args switch
{
    ["serve", var manifest, var url] => await SameBytesServer.RunAsync(manifest, url),
    ["prepare", var database, var stock, var snapshot] => await Inventory.PrepareAsync(database, Number(stock), snapshot),
    ["purchase", var baseUrl, var shoppers, var warmUp, var seconds, var rounds, var snapshot, var confirmed, var shopPid] =>
        await PurchaseLoad.RunAsync(new Uri(baseUrl), Number(shoppers), TimeSpan.FromSeconds(Number(warmUp)), TimeSpan.FromSeconds(Number(seconds)), Number(rounds), snapshot, confirmed, Number(shopPid)),
    ["invariants", var database, var snapshot, var confirmed] => await Inventory.CheckAsync(database, snapshot, confirmed),
    _ => Usage(),
};

static int Number(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

static int Usage()
{
    Console.Error.WriteLine("usage: serve MANIFEST URL | prepare DB STOCK SNAPSHOT | purchase BASEURL SHOPPERS WARMUP_SECONDS SECONDS ROUNDS SNAPSHOT CONFIRMED SHOP_PID | invariants DB SNAPSHOT CONFIRMED");
    return 2;
}
