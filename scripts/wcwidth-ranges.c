#define _XOPEN_SOURCE 700
#include <wchar.h>
#include <locale.h>
#include <stdio.h>
int main(){ if(!setlocale(LC_ALL,"C.UTF-8")) return 1;
 int prev=-99; unsigned start=0;
 for(unsigned c=0;c<=0x110000;c++){ int w = c<0x110000 ? wcwidth((wchar_t)c) : -99;
   if(c>=0xD800&&c<=0xDFFF&&c<0x110000) w=-1;
   if(w!=prev){ if(prev!=-99 && prev!=1) printf("%X %X %d\n",start,c-1,prev); start=c; prev=w;} }
}
