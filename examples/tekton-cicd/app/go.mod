module example.com/company/app

go 1.21
