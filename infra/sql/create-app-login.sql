-- Run once per start by docker-compose's db-init service, as sa: the database, and a login for the app that may only
-- read and write rows. Migrations (schema changes) run with sa through ConnectionStrings__StorefrontMigrations.
-- Safe to run again: it only creates what is missing and keeps the password in step with APP_DB_PASSWORD.
IF DB_ID(N'Storefront') IS NULL
    CREATE DATABASE [Storefront];
GO
IF SUSER_ID(N'storefront_app') IS NULL
    CREATE LOGIN [storefront_app] WITH PASSWORD = N'$(AppPassword)', CHECK_POLICY = ON;
ELSE
    ALTER LOGIN [storefront_app] WITH PASSWORD = N'$(AppPassword)';
GO
USE [Storefront];
IF USER_ID(N'storefront_app') IS NULL
    CREATE USER [storefront_app] FOR LOGIN [storefront_app];
ALTER ROLE db_datareader ADD MEMBER [storefront_app];
ALTER ROLE db_datawriter ADD MEMBER [storefront_app];
GO
