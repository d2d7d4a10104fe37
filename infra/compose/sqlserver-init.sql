-- Run once by the "sqlserver-init" service as sa: the database, and the web app's own login, which may read and
-- write rows but not change the schema (migrations run separately, by the owner). Idempotent: safe to run again.
IF DB_ID(N'Storefront') IS NULL CREATE DATABASE [Storefront];
GO
IF SUSER_ID(N'storefront_app') IS NULL
    CREATE LOGIN [storefront_app] WITH PASSWORD = N'$(APP_PASSWORD)', CHECK_POLICY = ON;
ELSE
    ALTER LOGIN [storefront_app] WITH PASSWORD = N'$(APP_PASSWORD)';
GO
USE [Storefront];
IF USER_ID(N'storefront_app') IS NULL CREATE USER [storefront_app] FOR LOGIN [storefront_app];
ALTER ROLE db_datareader ADD MEMBER [storefront_app];
ALTER ROLE db_datawriter ADD MEMBER [storefront_app];
GO
